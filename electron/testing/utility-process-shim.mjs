/* global process */
// Loaded (--import) into a Node child process to stand in for Electron's utility process in
// tests: Electron gives a utility process `process.parentPort`, with messages in `.data`.
process.parentPort = {
  postMessage: (message) => process.send(message),
  on: (event, listener) => {
    if (event === 'message') process.on('message', (data) => listener({ data }));
  },
};
