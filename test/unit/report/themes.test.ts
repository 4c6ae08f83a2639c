import assert from 'node:assert/strict';
import { THEMES, type Theme } from '../../../src/report/theme-list';
import { proposeTheme } from '../../../src/report/themes';

describe('report themes: the theme list', () => {
  it('has unique ids, none of them "other", a title and words for each', () => {
    const ids = THEMES.map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(!ids.includes('other'));
    for (const theme of THEMES) {
      assert.ok(theme.title.trim(), theme.id);
      assert.ok(theme.words.length > 0 && theme.words.every((w) => w.trim()), theme.id);
    }
    assert.equal(THEMES[0]?.title, 'Team capacity');
  });
});

describe('report themes: proposing a theme for a point', () => {
  // [point, theme proposed, the word that decided]: phrases as the committee paper quotes them.
  const cases: [string, string, string][] = [
    ['workloads are high', 'capacity', 'workloads'],
    [
      'team is small, covers a large area and caseloads have reduced but still remain higher than desirable.',
      'capacity',
      'caseloads',
    ],
    ['difficulties to recruit new social workers', 'recruitment', 'recruit'],
    ['agency staff choose to stay', 'recruitment', 'agency staff'],
    ['several vacancies in Crewe', 'recruitment', 'vacancies'],
    ['limited ability to access training', 'training', 'training'],
    ['Recent master classes were received positively', 'training', 'master classes'],
    ['laptops are small, the screen is not ergonomically suitable', 'it', 'laptops'],
    ['IT support is slow to respond', 'it', 'IT'],
    ['review of pay for PAs', 'pay', 'pay'],
    [
      'concern regarding pay rates for car users, many workers are using their cars daily.',
      'pay',
      'pay rates',
    ],
    ['Review impact of car user mileage rates.', 'pay', 'car user'],
    ['Team morale has improved since the summer', 'morale', 'morale'],
    ['support the wellbeing of existing staff', 'morale', 'wellbeing'],
    ['the team work well together as a unit', 'teamwork', 'work well together'],
    ['supportive management', 'teamwork', 'supportive'],
    ['good partnership relationships/practices with police colleagues', 'partnership', 'partnership'],
    ['especially good relationships with schools', 'partnership', 'schools'],
    [
      'Plans to manage the increasing pressure of the cost-of-living crisis',
      'cost-of-living',
      'cost-of-living',
    ],
    ['impact for workers – concerns about fuel/energy costs', 'cost-of-living', 'fuel'],
    ['Increase in in mental health issues for families since COVID-19.', 'mental-health', 'mental health'],
    ['CAMHS waiting times are long', 'mental-health', 'CAMHS'],
    ['time to complete admin tasks/issue of duplication', 'processes', 'admin'],
    ['issues with the Unit 4 system', 'processes', 'Unit 4'],
    [
      'concerns about the working environment during visit to Crewe in June',
      'environment',
      'working environment',
    ],
    ['closure of Cledford: concerns about team not having a base', 'environment', 'base'],
    ['The team hot-desks in the new building', 'environment', 'hot-desks'],
    [
      'Social workers build excellent relationships with families, as work with them over time.',
      'practice',
      'relationships with families',
    ],
    [
      'Improved ways for recording non-verbal communication so voice of the child is directly captured.',
      'practice',
      'non-verbal',
    ],
  ];
  for (const [point, themeId, matched] of cases) {
    it(`“${point}” → ${themeId}, because of “${matched}”`, () => {
      const proposal = proposeTheme(point);
      assert.deepEqual(proposal, {
        themeId,
        title: THEMES.find((t) => t.id === themeId)!.title,
        matched,
      });
    });
  }

  it('proposes Other, with no reason, when no theme’s words occur', () => {
    assert.deepEqual(proposeTheme('Councillors to visit again in the spring.'), {
      themeId: 'other',
      title: 'Other',
    });
    assert.deepEqual(proposeTheme(''), { themeId: 'other', title: 'Other' });
  });

  it('matches whole words unless a word is a stem: "office" is not "officers", "pay" is not "payments"', () => {
    assert.equal(proposeTheme('the officers visited').themeId, 'other');
    assert.equal(proposeTheme('Early Help Individual Payments work well').themeId, 'partnership');
    assert.equal(proposeTheme('it was a good visit').themeId, 'other', '"IT" in capitals only');
    assert.equal(proposeTheme('recruiting is hard').themeId, 'recruitment', '"recruit*" takes any ending');
    assert.equal(proposeTheme('cost of living').themeId, proposeTheme('COST-OF-LIVING').themeId);
  });

  it('counts distinct words: two words of a later theme beat one of an earlier', () => {
    // training (3rd) has one word, partnership (8th) has two.
    assert.equal(proposeTheme('joint training with police and health').themeId, 'partnership');
    // The same word twice still counts once: a tie, so the earlier theme wins.
    assert.equal(proposeTheme('training with police, and more police').themeId, 'training');
  });

  it('breaks a tie by list order, wherever the words are in the point', () => {
    assert.equal(proposeTheme('training with partners').themeId, 'training');
    assert.equal(proposeTheme('partners want training').themeId, 'training');
    const council: Theme[] = [
      { id: 'partners', title: 'Partners', words: ['school*'] },
      { id: 'kit', title: 'Kit', words: ['laptop*'] },
    ];
    assert.equal(proposeTheme('laptops for school visits', council).themeId, 'partners');
    assert.equal(proposeTheme('laptops for school visits', [...council].reverse()).themeId, 'kit');
  });

  it('lets a longer phrase hide the words inside it: "mental health" is not also "health"', () => {
    // "health" (partnership) and "mental health" overlap; the phrase wins the words, so no tie.
    assert.equal(proposeTheme('mental health support for young people').themeId, 'mental-health');
    assert.deepEqual(proposeTheme('more input from health, especially regarding mental health support'), {
      themeId: 'partnership',
      title: 'Partnership working',
      matched: 'health',
    });
  });

  it('names the earliest deciding word of the answer, as written', () => {
    assert.equal(proposeTheme('CASELOADS and workloads are high').matched, 'CASELOADS');
  });
});
