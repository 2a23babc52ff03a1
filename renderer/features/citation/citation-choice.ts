// The user's citation style and locale, one choice per installation (settings.json: the
// settings citationStyle / citationLocale): "Copy with citation" cites with it and the export
// dialog starts from it and saves what it last exported with. Without a saved locale the
// citations follow the UI language (copy) or the report's language (export).
import { DEFAULT_CITATION_STYLE, type CitationChoice, type CitationLocale, type CitationStyleId } from '../../../shared/csl/citation-styles';
import type { Settings } from '../../../shared/domain/project';
import { projectStore, saveSettings } from '../project/project-store';

export function citationChoiceOf(settings: Settings, fallbackLocale: CitationLocale): CitationChoice {
  return { style: settings.citationStyle ?? DEFAULT_CITATION_STYLE, locale: settings.citationLocale ?? fallbackLocale };
}

export function currentCitationChoice(fallbackLocale: CitationLocale): CitationChoice {
  return citationChoiceOf(projectStore.getSnapshot().settings, fallbackLocale);
}

export function saveCitationChoice(patch: { style?: CitationStyleId; locale?: CitationLocale }): Promise<void> {
  const current = projectStore.getSnapshot().settings;
  const next: Partial<Settings> = {};
  if (patch.style && patch.style !== current.citationStyle) next.citationStyle = patch.style;
  if (patch.locale && patch.locale !== current.citationLocale) next.citationLocale = patch.locale;
  return Object.keys(next).length ? saveSettings(next) : Promise.resolve();
}
