/**
 * The desktop app's path policy: opaque handles issued by the main process for files the user
 * chose (native dialogs, the recent-projects list, a file given at launch or opened from the
 * desktop). Each handle names one real path and the uses it was granted for; any other string,
 * or a handle used for something it was not granted, is refused. Handles live as long as the
 * process: a restart issues new ones.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { handleToken, makeFileHandle } from '../../shared/host/handles';
import { extensionAllowed, PathRefusedError, withProjectExtension, wrongExtension, type PathAccess, type PathUse } from './path-policy';

interface Grant {
  real: string;
  uses: Set<PathUse>;
}

/** Handles issued in this process; also the PathAccess the host services check paths with. */
export class HandleTable implements PathAccess {
  private readonly byToken = new Map<string, Grant>();
  private readonly byPath = new Map<string, string>();

  /** A handle for `real`, granted for `use` (the same handle each time for the same file). */
  issue(use: PathUse, real: string): string {
    const file = path.resolve(use === 'project' ? withProjectExtension(real) : real);
    let token = this.byPath.get(file);
    if (!token) {
      token = crypto.randomBytes(16).toString('hex');
      this.byPath.set(file, token);
      this.byToken.set(token, { real: file, uses: new Set() });
    }
    this.byToken.get(token)!.uses.add(use);
    return makeFileHandle(token, file);
  }

  present(use: PathUse, real: string): string {
    return this.issue(use, real);
  }

  async resolve(use: PathUse, given: string): Promise<string> {
    const token = handleToken(given);
    const grant = token === null ? undefined : this.byToken.get(token);
    if (!grant) {
      throw new PathRefusedError('Draftwatch only opens and writes files you chose in one of its dialogs, the recent list, or opened with it; this request named another file and was refused.');
    }
    if (!grant.uses.has(use)) {
      throw new PathRefusedError(`${path.basename(grant.real)} was not chosen to be ${use === 'import' ? 'imported' : use === 'export' ? 'written as an export' : 'used as a project'}; the request was refused.`);
    }
    if (!extensionAllowed(use, grant.real)) throw wrongExtension(use, grant.real);
    return grant.real;
  }
}
