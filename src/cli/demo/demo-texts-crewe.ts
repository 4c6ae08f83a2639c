import { bullets, type VisitTexts } from './demo-texts';

/** CIN/CP Crewe: a summer visit with low morale and a hot office, then a more settled autumn. Two responders. */
export const CREWE_TEXTS: readonly VisitTexts[] = [
  {
    answers: {
      staff: 'Service manager, two team managers, three social workers and a family support worker',
      'outcomes.working-well': bullets(
        'Continuity of social worker is building trust; several families have kept the same worker since assessment',
        'Good relationships with police colleagues since their restructure, and joint visits are arranged quickly',
        'Family network meetings are used more often, so relatives are involved in plans earlier',
        'The relationship with the special educational needs team is very positive',
      ),
      'outcomes.worries': bullets(
        'Delays in care proceedings mean children wait longer for decisions and workers hold cases for longer',
        'Handing tasks over to other agencies is difficult when their own waiting lists are long',
        'A rising number of families affected by alcohol and drug use',
        "Access to children's mental health support is slow, even when a child is at risk",
      ),
      'outcomes.next-steps': bullets(
        'Regular case reviews to track progress in proceedings, with legal advice sought sooner where drift is likely',
        'Partners to take on the actions agreed in child in need plans, with escalation when they do not',
        'A quicker route into substance misuse services for parents',
      ),
      'support.working-well': bullets(
        'Supportive team managers; supervision is regular and reflective',
        'Students who had placements with the team have come back as newly qualified social workers',
        'Masterclasses and practice week were positive for sharing ideas and boosting morale',
      ),
      'support.worries': bullets(
        'Caseloads remain high and two vacancies are covered by agency workers',
        'Staff feel the car allowance decision was unfair, and it has lowered morale in the team',
        'The mileage rate has not kept up with fuel prices, and workers are out in their cars most days',
        'The office was very hot on the day of the visit and there are not enough working desks',
        'Laptops are large and heavy to carry to home visits and to court',
      ),
      'support.next-steps': bullets(
        'Review the car allowance scheme and mileage rates',
        'Repair the office ventilation and review the number of desks',
        'Smaller, lighter laptops for workers who are mostly out of the office',
        'More admin support to reduce the time social workers spend on minutes and letters',
      ),
      'other.working-well': bullets(
        'The team support hybrid working; writing assessments at home is more productive',
        'Good links with the local family hub',
      ),
      'other.worries': bullets(
        'Cost of living: more families using food banks and in debt with energy bills',
        "Workers' own costs for fuel and parking are a worry",
        'Expense claims through the Unit 4 system are slow and confusing',
      ),
      'other.next-steps': bullets(
        'Clear guidance on claiming expenses, and HR to look into the Unit 4 problems',
        "Remind workers of the council's staff wellbeing and financial support offer",
      ),
      covid:
        'Staff feel COVID-19 no longer affects the way they work, but they still see its effect on families: isolation, drinking that increased during the lockdowns, and teenagers with poor school attendance.',
      comments:
        'The team were candid about morale, and managers are clearly working hard to support staff. We were concerned about the office environment and would like to know what will be done before the summer holidays.',
    },
    responses: [
      bullets(
        "Thank you for the visit and for setting out the team's concerns so clearly.",
        'Facilities visited the office the following week: portable cooling units are in place and the ventilation repair is booked for August. Desk numbers are being reviewed with the hybrid working policy.',
        'Both vacancies have been advertised as permanent posts, and two newly qualified social workers join the team in September.',
        'We are working with legal colleagues on the timeliness of proceedings, and the pre-proceedings process is being tightened.',
        'A group of workers in the team are trialling lighter laptops.',
      ),
      bullets(
        'I add my thanks to the team: our workforce is our greatest resource.',
        'The concerns about the car allowance and mileage have been raised with HR and the corporate leadership team. The scheme is being reviewed and staff will be consulted.',
        'I have asked HR to meet the team to go through the Unit 4 expenses process and the problems they have had.',
        'The safeguarding children partnership has made parental substance misuse one of its priorities for the coming year.',
      ),
    ],
  },
  {
    answers: {
      staff: 'Team manager, an advanced practitioner, two social workers and a newly qualified social worker',
      'outcomes.working-well': bullets(
        'Newly qualified social workers are well supported in their first year, with protected caseloads',
        'Hybrid child protection conferences make it easier for schools and health to attend',
        'The graded care profile helps the team evidence neglect and show families what needs to change',
        'Direct work tools help children say what they want; the team shared examples of work with younger children',
      ),
      'outcomes.worries': bullets(
        'Some partners are slow to refer when they are worried, so children reach the team later than they should',
        'Long waits for speech and language therapy and for educational psychology assessments',
        'Court work still takes a great deal of time, and some hearings were adjourned at short notice',
      ),
      'outcomes.next-steps': bullets(
        'Partners to refer earlier; the front door could share examples of good early referrals',
        'More educational psychology time for children known to the team',
        "Increase partners' understanding and use of screening tools",
      ),
      'support.working-well': bullets(
        'The office cooling and ventilation problems from the summer have been fixed',
        'Staff welcome the two new permanent social workers, and agency cover has reduced',
        'The training offer included a court skills course that workers found useful',
      ),
      'support.worries': bullets(
        'Caseloads are lower than in June but still higher than workers would like',
        'Time spent on admin and on recording the same information twice in Liquid Logic',
        'The outcome of the car allowance review is still awaited, and the uncertainty affects morale',
      ),
      'support.next-steps': bullets(
        'Streamline Liquid Logic forms so the same information is not entered twice',
        'Tell staff the outcome and timescale of the car allowance review',
        'More family support worker capacity so that social workers can focus on assessment and planning',
      ),
      'other.working-well': bullets(
        'Good links with the family hub, whose parenting courses families are now being referred to',
        'Police and the team now hold a monthly meeting about repeat domestic abuse incidents',
      ),
      'other.worries': bullets(
        'Winter pressures: families facing fuel poverty and damp housing',
        'Pay is lower than in neighbouring authorities, which makes it harder to recruit experienced staff',
      ),
      'other.next-steps': bullets(
        'Share the winter support offer with the team so they can help families apply quickly',
        'Keep benchmarking pay and benefits against neighbouring authorities',
      ),
      covid:
        'No current impact on the team. Some parents still prefer virtual meetings, which the team offer where it helps them take part.',
      comments:
        'A noticeably more settled team than at the June visit; thank you to the managers for the improvements. We would like to hear the outcome of the car allowance review.',
    },
    responses: [
      bullets(
        'Thank you for recognising the progress the team has made since June.',
        'A working group of practitioners is reviewing Liquid Logic forms; the first changes, to the child in need plan, go live in January.',
        'Two family support workers have joined the team to work alongside social workers.',
        'We are discussing with the educational psychology service how children known to social care can be seen sooner.',
      ),
      bullets(
        'The car allowance review has concluded: staff who drive most working days will be eligible for the regular allowance from April, and managers will explain the detail to the team.',
        'Pay and benefits are being benchmarked regionally as part of our recruitment and retention strategy.',
        'The winter support offer, including the household support fund, has been shared with every social care team.',
      ),
    ],
  },
];
