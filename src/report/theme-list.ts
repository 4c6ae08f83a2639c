/**
 * A theme the draft may group points under, and the words that suggest it. A council may edit the list:
 *  - a word matches a whole word of the answer, or its plural: "laptop" matches "laptops", not "laptopbag";
 *  - a word ending in "*" matches any ending: "recruit*" matches "recruiting" and "recruitment";
 *  - spaces and hyphens match each other: "cost of living" matches "cost-of-living";
 *  - a word in capitals matches capitals only ("IT" is not "it"); any other word ignores case.
 * When an answer's words suggest several themes, the one with most distinct words wins; a tie goes to the
 * theme earlier in the list. A longer phrase hides the words inside it: "mental health" is not also "health".
 */
export interface Theme {
  readonly id: string;
  readonly title: string;
  readonly words: readonly string[];
}

/** The themes of the committee paper's section 7, most common first. */
// prettier-ignore
export const THEMES: readonly Theme[] = [
  {
    id: 'capacity',
    title: 'Team capacity',
    words: [
      'caseload*', 'workload*', 'capacity', 'staffing', 'staff shortage*', 'shortage*', 'short staffed',
      'understaffed', 'stretched', 'overstretched', 'demand', 'busy', 'backlog*', 'waiting list*',
      'too many cases', 'sickness',
    ],
  },
  {
    id: 'recruitment',
    title: 'Recruitment and retention',
    words: [
      'recruit*', 'retention', 'retain*', 'vacanc*', 'agency staff', 'agency worker*',
      'agency social worker*', 'locum*', 'turnover', 'staff leaving', 'grow your own', 'apprentice*',
      'student*', 'newly qualified', 'ASYE', 'progression', 'job fair*',
    ],
  },
  {
    id: 'training',
    title: 'Training and development',
    words: [
      'train*', 'professional development', 'CPD', 'masterclass*', 'master class*', 'learning', 'course*',
      'supervision', 'coaching', 'mentor*', 'induction*', 'practice week', 'reflective', 'skills',
    ],
  },
  {
    id: 'it',
    title: 'IT and equipment',
    words: [
      'laptop*', 'IT', 'ICT', 'iPad*', 'tablet*', 'phone*', 'mobile*', 'computer*', 'screen', 'equipment',
      'technology', 'connectivity', 'internet', 'wifi', 'wi fi', 'broadband', 'software', 'printer*',
    ],
  },
  {
    id: 'pay',
    title: 'Pay and allowances',
    words: [
      'pay', 'pay rate*', 'pay disparity', 'salary', 'salaries', 'wage*', 'mileage', 'car allowance*',
      'car user*', 'allowance*', 'market supplement*', 'pension*',
    ],
  },
  {
    id: 'morale',
    title: 'Morale and wellbeing',
    words: [
      'morale', 'wellbeing', 'well being', 'stress*', 'burnout', 'burn out', 'burnt out', 'exhaust*', 'tired',
      'valued', 'recognised', 'rewarded', 'recognition', 'motivat*', 'job satisfaction', 'team spirit',
      'resilience', 'settled',
    ],
  },
  {
    id: 'teamwork',
    title: 'Teamwork',
    words: [
      'teamwork', 'team work*', 'team working', 'work well together', 'works well together',
      'working well together', 'supportive', 'support each other', 'peer support', 'team meeting*',
      'range of experience', 'working relationships', 'feel supported', 'feels supported', 'well supported',
      'share learning', 'sharing ideas', 'good communication', 'colleagues',
    ],
  },
  {
    id: 'partnership',
    title: 'Partnership working',
    words: [
      'partner*', 'multi agency', 'agencies', 'police', 'health', 'health visitor*', 'NHS', 'GP', 'hospital*',
      'school*', 'education', 'early help', 'front door', 'MASH', 'probation', 'housing', 'referral*', 'SEND',
    ],
  },
  {
    id: 'cost-of-living',
    title: 'Cost of living',
    words: [
      'cost of living', 'fuel', 'energy', 'energy prices', 'energy costs', 'fuel prices', 'fuel costs',
      'petrol prices', 'poverty', 'food bank*', 'foodbank*', 'inflation', 'afford*', 'debt*', 'heating',
      'bills',
    ],
  },
  {
    id: 'mental-health',
    title: 'Mental health',
    words: [
      'mental health', 'CAMHS', 'emotional health', 'emotional wellbeing', 'self harm*', 'anxiety',
      'depression', 'suicid*', 'psycholog*', 'eating disorder*',
    ],
  },
  {
    id: 'processes',
    title: 'Processes and systems',
    words: [
      'process', 'system', 'admin*', 'paperwork', 'duplicat*', 'forms', 'data entry',
      'recording', 'Liquid Logic', 'LCS', 'Mosaic', 'Unit 4', 'procedure*', 'bureaucra*', 'streamlin*',
      'timescales',
    ],
  },
  {
    id: 'environment',
    title: 'Working environment',
    words: [
      'office', 'base', 'bases', 'hot desk*', 'working environment', 'building*', 'desk*', 'parking',
      'home working', 'homeworking', 'working from home', 'work from home', 'hybrid', 'isolated',
      'working arrangements',
    ],
  },
  {
    id: 'practice',
    title: 'Practice and outcomes for children',
    words: [
      'relationships with families', 'relationship with families', 'voice of the child', "child's voice",
      "children's voices", 'outcomes', 'direct work', 'assessment*', 'care package*', 'packages of support',
      'respite', 'short break*', 'early intervention', 'non verbal', 'safeguarding', 'child protection',
      'court', 'care proceedings', 'transition*', 'step down', 'stepping down', 'foster*', 'parents',
    ],
  },
];
