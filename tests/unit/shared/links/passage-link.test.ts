// The glossa://open link: what exports write parses back to the same ids, and every hostile or
// malformed variant (other hosts, paths, extra or repeated parameters, encoded separators,
// credentials, ports, fragments, controls, overlong input) is refused.
import { describe, expect, it } from 'vitest';
import { buildPassageLink, parsePassageLink, parsePassageQuery, webOpenPath } from '../../../../shared/links/passage-link';

const P = '0f8fad5b-d9cb-469f-a165-70867728950e';
const A = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('passage links', () => {
  it('builds the documented form and parses it back', () => {
    const link = buildPassageLink({ projectId: P, annotationId: A });
    expect(link).toBe(`glossa://open?project=${P}&annotation=${A}`);
    expect(parsePassageLink(link)).toEqual({ projectId: P, annotationId: A });
    expect(webOpenPath({ projectId: P, annotationId: A })).toBe(`/open?project=${P}&annotation=${A}`);
    expect(parsePassageQuery(`?annotation=${A}&project=${P}`)).toEqual({ projectId: P, annotationId: A });
  });

  it('accepts the scheme in any case and the slash Windows adds before the query', () => {
    expect(parsePassageLink(`GLOSSA://open/?project=${P}&annotation=${A}`)).toEqual({ projectId: P, annotationId: A });
  });

  it('refuses to build a link from ids it could not carry', () => {
    expect(() => buildPassageLink({ projectId: '', annotationId: A })).toThrow();
    expect(() => buildPassageLink({ projectId: P, annotationId: 'a&project=evil' })).toThrow();
    expect(() => buildPassageLink({ projectId: 'x'.repeat(129), annotationId: A })).toThrow();
  });

  const hostile = [
    `glossa://evil?project=${P}&annotation=${A}`,
    `glossa://OPEN?project=${P}&annotation=${A}`,
    `glossa://open/../x?project=${P}&annotation=${A}`,
    `glossa://open/path?project=${P}&annotation=${A}`,
    `glossa://user@open?project=${P}&annotation=${A}`,
    `glossa://open:80?project=${P}&annotation=${A}`,
    `glossa://open?project=${P}&annotation=${A}#frag`,
    `glossa://open?project=${P}&annotation=${A}&path=/etc/passwd`,
    `glossa://open?project=${P}&project=${A}&annotation=${A}`,
    `glossa://open?project=${P}`,
    `glossa://open?annotation=${A}`,
    `glossa://open?project=&annotation=${A}`,
    `glossa://open?project=${P}&annotation=..%2F..%2Fetc`,
    `glossa://open?project=${P}&annotation=a%00b`,
    `glossa://open?project=${P}&annotation=<script>`,
    `glossa://open?project=${P}&annotation=-rf`,
    `glossa://open?project=${P}&annotation=${A} `,
    ` glossa://open?project=${P}&annotation=${A}`,
    `glossa://open?project=${P}\n&annotation=${A}`,
    `glossa:open?project=${P}&annotation=${A}`,
    `http://open?project=${P}&annotation=${A}`,
    `javascript:alert(1)//glossa://open?project=${P}&annotation=${A}`,
    `glossa://open?project=${P}&annotation=${'a'.repeat(129)}`,
    `glossa://open?project=${P}&annotation=${A}&${'x=1&'.repeat(200)}`,
    `glossa://open?project=${P}&&annotation=${A}`,
    `glossa://open?project=${P};annotation=${A}`,
    '',
  ];
  it.each(hostile)('refuses %j', (text) => {
    expect(parsePassageLink(text)).toBeNull();
  });

  it('refuses what is not a string', () => {
    for (const v of [null, undefined, 42, {}, ['glossa://open']]) expect(parsePassageLink(v)).toBeNull();
  });
});
