// Labels of the native menus and dialogs, which Electron's main process draws itself (the
// renderer's i18n layer cannot reach them). English and Russian complete; 'system' follows
// the OS locale the same way the renderer does (ru* -> Russian, anything else -> English).
import type { Settings } from '../../shared/domain/project';

const EN = {
  file: 'File',
  newProject: 'New Project…',
  openProject: 'Open Project…',
  saveProjectAs: 'Save Project As…',
  importPdfs: 'Import PDFs…',
  settings: 'Settings…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  find: 'Find…',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fitWidth: 'Fit Width',
  fitPage: 'Fit Page',
  fullScreen: 'Full Screen',
  window: 'Window',
  glossaProject: 'Glossa project',
  pdfDocuments: 'PDF documents',
  newProjectTitle: 'Create a new project',
  openProjectTitle: 'Open a project',
  saveProjectAsTitle: 'Save the project as',
  importPdfsTitle: 'Import PDF documents',
  exportEvidenceTitle: 'Export evidence',
  openLinkQuestion: 'Open this link in your web browser?',
  openLinkButton: 'Open link',
  cancel: 'Cancel',
  anotherInstance: 'Glossa is already running.',
};

export type NativeStrings = typeof EN;

const RU: NativeStrings = {
  file: 'Файл',
  newProject: 'Новый проект…',
  openProject: 'Открыть проект…',
  saveProjectAs: 'Сохранить проект как…',
  importPdfs: 'Импортировать PDF…',
  settings: 'Настройки…',
  quit: 'Выход',
  edit: 'Правка',
  undo: 'Отменить',
  redo: 'Повторить',
  cut: 'Вырезать',
  copy: 'Копировать',
  paste: 'Вставить',
  selectAll: 'Выделить всё',
  find: 'Найти…',
  view: 'Вид',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  fitWidth: 'По ширине',
  fitPage: 'Страница целиком',
  fullScreen: 'Полноэкранный режим',
  window: 'Окно',
  glossaProject: 'Проект Glossa',
  pdfDocuments: 'Документы PDF',
  newProjectTitle: 'Создать новый проект',
  openProjectTitle: 'Открыть проект',
  saveProjectAsTitle: 'Сохранить проект как',
  importPdfsTitle: 'Импорт документов PDF',
  exportEvidenceTitle: 'Экспорт выдержек',
  openLinkQuestion: 'Открыть эту ссылку в браузере?',
  openLinkButton: 'Открыть ссылку',
  cancel: 'Отмена',
  anotherInstance: 'Glossa уже запущена.',
};

export function nativeStrings(language: Settings['language'], systemLocale: string): NativeStrings {
  const lang = language === 'system' ? (systemLocale.toLowerCase().startsWith('ru') ? 'ru' : 'en') : language;
  return lang === 'ru' ? RU : EN;
}
