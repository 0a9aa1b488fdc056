/** The English texts of the six-language fixtures (see ../six-languages-texts.ts). */
import { ROMAN, SYMBOLS, type SixLanguage, dot } from './model';

export const en: SixLanguage = {
  code: 'en',
  direction: 'ltr',
  term: 'technological neutrality',
  hedges: [['should', 'could'], ['should', 'could']],
  symbols: SYMBOLS,
  dates: ['2 February 2026', '16 March 2026', '24 April 2026'],
  titles: ['Zero draft of the annual progress report', 'Revised draft of the annual progress report', 'Annual progress report'],
  chapters: ['Introduction', 'Substantive work', 'Organizational matters'],
  sections: ['Existing and emerging threats', 'Rules, norms and principles', 'Capacity-building'],
  discussion: 'Discussion',
  recommendations: 'Recommended next steps',
  labels: { chapter: dot(ROMAN), section: ['A.', 'B.', 'C.'], paragraph: (n) => `${n}.`, sub: ['(a)', '(b)', '(c)'], headingSpace: ' ' },
  headingStyles: true,
  texts: {
    i1: 'The open-ended working group held its third substantive session in New York from 9 to 13 February 2026, in accordance with General Assembly resolution 80/241.',
    i2: [
      'The present draft reflects the exchanges held during that session and the written contributions received from delegations by 30 January 2026.',
      'The present draft reflects the exchanges held during that session, the informal consultations of March 2026 and the written contributions received from delegations.',
      'The present draft reflects the exchanges held during that session, the informal consultations of March 2026 and the written contributions received from delegations.',
    ],
    a1: 'Delegations observed that malicious activity targeting health-care facilities and water utilities had grown in scale and sophistication over the past year.',
    a2: 'Several delegations noted that smaller administrations often detect intrusions late and lack the means to establish their origin.',
    a3: 'Some delegations raised the use of artificial intelligence tools to automate the search for vulnerabilities in widely used software.',
    a4: [
      'States underlined the importance of the technological neutrality of existing commitments when they develop national policies and legislation on digital security.',
      'Several States underlined the importance of the technological neutrality of existing commitments when they develop national policies and legislation on digital security.',
      'Several States underlined the importance of the general character of existing commitments when they develop national policies and legislation on digital security.',
    ],
    a5: [
      'The working group should continue to exchange views on threats at its sessions, in particular on:',
      'The working group could continue to exchange views on threats at its sessions, in particular on:',
      'The working group could continue to exchange views on threats at its sessions, in particular on:',
    ],
    a5a: 'threats to the integrity of submarine cables and satellite links;',
    a5b: [
      'the sale of intrusion software to actors that misuse it;',
      'the sale of intrusion software to actors that misuse it;',
      'the sale of commercial intrusion software to actors that misuse it;',
    ],
    a5c: 'incidents that disrupt the delivery of humanitarian assistance.',
    b1: 'Delegations reaffirmed that the voluntary norms adopted by consensus remain the common basis of responsible State behaviour.',
    b2: [
      'A number of delegations stressed that the norms apply on the basis of technological neutrality, whatever the tools used by States.',
      'A number of delegations stressed that the norms apply on the basis of neutrality as regards technology, whatever the tools used by States.',
      'A number of delegations stressed that the norms apply on the basis of neutrality as regards technology, whatever the tools used by States.',
    ],
    b3: 'The working group recommends that States share, on a voluntary basis, their national experience in implementing the norms.',
    c1: 'Delegations welcomed the progress made by regional training centres and the growing number of trainers from developing countries.',
    cNew: 'Several delegations proposed that the Secretariat map the existing offers of capacity-building and the needs expressed by requesting States.',
    c2: 'Other delegations emphasized that capacity-building must respond to demand and respect national ownership.',
    c3: [
      'The Secretariat should support, within existing resources, projects that strengthen incident response teams in the least developed countries.',
      'The Secretariat should support, within existing resources, projects that strengthen incident response teams in the least developed countries.',
      'The Secretariat could support, within existing resources, projects that strengthen incident response teams in the least developed countries.',
    ],
    z1: [
      'The working group will consider the present report at its fourth substantive session, to be held in July 2026.',
      'The working group will consider the present report at its fourth substantive session, to be held in July 2026.',
      'The working group adopted the present report at its fourth substantive session, held in July 2026.',
    ],
  },
};
