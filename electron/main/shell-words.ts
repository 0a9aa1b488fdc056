/**
 * The desktop shell's own words (native menu, close prompt, file dialogs' filters, the link prompt)
 * in each interface language. The renderer tells the host its language (host call `setUiLanguage`)
 * and the shell rebuilds its menu; `&` marks each menu item's access key. Electron's standard roles
 * (Cut, Copy, Zoom, …) are named by Electron itself. Pure, so it is tested without Electron.
 */
import type { UiLanguage } from '../../shared/export/strings';

const en = {
  file: '&File',
  newProject: '&New Project',
  openProject: '&Open Project…',
  save: '&Save',
  saveAs: 'Save &As…',
  importDraft: '&Import Draft…',
  export: '&Export…',
  exit: 'E&xit',
  edit: '&Edit',
  undo: '&Undo',
  redo: '&Redo',
  find: '&Find…',
  view: '&View',
  nextChange: '&Next Change',
  previousChange: '&Previous Change',
  present: 'P&resent',
  closeSave: 'Save',
  closeDiscard: "Don't Save",
  cancel: 'Cancel',
  closeMessage: 'Save the changes to this project before closing?',
  closeDetail: 'Your changes will be lost if you close without saving.',
  filterProject: 'Draftwatch project',
  filterDrafts: 'Drafts',
  filterExport: 'Export',
  linkOpen: 'Open in browser',
  linkMessage: 'Open this link in your web browser?',
};

export type ShellWords = { readonly [K in keyof typeof en]: string };

const fr: ShellWords = {
  file: '&Fichier',
  newProject: '&Nouveau projet',
  openProject: '&Ouvrir un projet…',
  save: '&Enregistrer',
  saveAs: 'Enregistrer &sous…',
  importDraft: '&Importer un projet de texte…',
  export: 'E&xporter…',
  exit: '&Quitter',
  edit: 'É&dition',
  undo: '&Annuler',
  redo: '&Rétablir',
  find: 'Rec&hercher…',
  view: '&Affichage',
  nextChange: 'Modification &suivante',
  previousChange: 'Modification &précédente',
  present: 'P&résenter',
  closeSave: 'Enregistrer',
  closeDiscard: 'Ne pas enregistrer',
  cancel: 'Annuler',
  closeMessage: 'Enregistrer les modifications de ce projet avant de fermer\u00a0?',
  closeDetail: 'Vos modifications seront perdues si vous fermez sans enregistrer.',
  filterProject: 'Projet Draftwatch',
  filterDrafts: 'Projets de texte',
  filterExport: 'Export',
  linkOpen: 'Ouvrir dans le navigateur',
  linkMessage: 'Ouvrir ce lien dans votre navigateur web\u00a0?',
};

const es: ShellWords = {
  file: '&Archivo',
  newProject: '&Nuevo proyecto',
  openProject: '&Abrir proyecto…',
  save: '&Guardar',
  saveAs: 'Guardar &como…',
  importDraft: '&Importar borrador…',
  export: '&Exportar…',
  exit: '&Salir',
  edit: '&Edición',
  undo: '&Deshacer',
  redo: '&Rehacer',
  find: '&Buscar…',
  view: '&Ver',
  nextChange: 'Cambio &siguiente',
  previousChange: 'Cambio &anterior',
  present: '&Presentar',
  closeSave: 'Guardar',
  closeDiscard: 'No guardar',
  cancel: 'Cancelar',
  closeMessage: '¿Guardar los cambios de este proyecto antes de cerrar?',
  closeDetail: 'Los cambios se perderán si cierra sin guardar.',
  filterProject: 'Proyecto de Draftwatch',
  filterDrafts: 'Borradores',
  filterExport: 'Exportación',
  linkOpen: 'Abrir en el navegador',
  linkMessage: '¿Abrir este enlace en su navegador web?',
};

const TABLES: Record<UiLanguage, ShellWords> = { en, fr, es };

/** The shell's words in `lang` (English for any other value). */
export function shellWords(lang: UiLanguage = 'en'): ShellWords {
  return TABLES[lang] ?? en;
}
