// What a browser tab opened from a passage link shows when it has no access token (it was not
// opened from the web host's printed address): it hands the link to the open Glossa tab and
// says so, or says how to get one when none takes it.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import type { PassageLink } from '../../../shared/links/passage-link';
import { handOverLink } from './web-open-route';

export function LinkHandoff({ link }: { link: PassageLink | null }) {
  const { t } = useT();
  const [taken, setTaken] = useState(false);
  useEffect(() => (link ? handOverLink(link, () => setTaken(true)) : undefined), [link]);
  const text = !link ? t('links.badLink') : taken ? t('links.handedOver') : t('links.needsGlossaTab');
  return (
    <main className="loading-screen" data-testid="link-handoff" data-state={!link ? 'bad' : taken ? 'taken' : 'waiting'}>
      <p>{text}</p>
    </main>
  );
}
