import './no-eval';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AudienceWindow } from './presenter/AudienceWindow';
import { startView } from './view/view';
import './styles.css';
import './annotations/annotations.css';

// The same page serves the app and, with ?view=audience, the audience window of presenter mode.
const params = new URLSearchParams(location.search);
const audience = params.get('view') === 'audience';
const session = params.get('session');
startView(audience ? 'audience' : 'presenter', session && /^[0-9a-f]{24}$/.test(session) ? session : undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>{audience ? <AudienceWindow /> : <App />}</StrictMode>,
);
