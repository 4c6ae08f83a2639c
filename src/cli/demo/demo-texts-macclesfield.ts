import { bullets, type VisitTexts } from './demo-texts';

/** CIN/CP Macclesfield: rising demand in the spring, mental health waits in the autumn, progress by February. */
export const MACCLESFIELD_TEXTS: readonly VisitTexts[] = [
  {
    answers: {
      staff: 'Service manager, a team manager, four social workers and a social work apprentice',
      'outcomes.working-well': bullets(
        "Retention is good: agency workers have chosen to stay, and the 'grow your own' route has brought apprentices into the team",
        "The split of work with the cared for children's team works well and transfers are smooth",
        'The team keep children at the centre; workers described direct work using drawing and play',
        'Good multi-agency attendance at core groups',
      ),
      'outcomes.worries': bullets(
        'Demand has increased over the year, especially for child in need assessments',
        'A rural area: long journeys to see families, and families without transport struggle to get to appointments',
        'Adult mental health services rarely attend meetings about parents',
      ),
      'outcomes.next-steps': bullets(
        'Realign staffing to meet the increase in demand',
        'Hold more meetings in local venues such as family hubs or schools, so that families travel less',
        'Remind adult mental health services of their part in child protection plans',
      ),
      'support.working-well': bullets(
        'Managers are approachable and supervision is regular',
        'Practice week and the masterclasses were good for learning and brought the team together',
        'Progression routes are clear; two social workers have moved into senior practitioner roles',
      ),
      'support.worries': bullets(
        'Caseloads are high for experienced workers, who take the more complex cases',
        'Duty days are very busy and leave little time for visits',
        'Some training is only offered in person at the other end of the county',
      ),
      'support.next-steps': bullets(
        'Review how complex cases are allocated across the team',
        'Offer more training online or locally',
        'Protect the day after duty for recording and visits',
      ),
      'other.working-well': bullets(
        'The team value hybrid working and having an office base in the town',
        'Good links with local schools and the school nursing service',
      ),
      'other.worries': bullets(
        'Cost of living: more families need help with food and school uniforms',
        'Cuts to bus routes affect whether families can attend contact and appointments',
      ),
      'other.next-steps': bullets(
        "Make sure workers know how to use the budget for families' travel costs to meetings",
        'Share information on local food and uniform support so workers can signpost families quickly',
      ),
      covid:
        'COVID-19 no longer affects the way the team works. Workers said some teenagers are still anxious about going back to school and a few families remain isolated.',
      comments: 'A warm and committed team. Thank you for a well-organised session.',
    },
    responses: [
      bullets(
        "Thank you for the visit; we are pleased the team's commitment came through.",
        'Demand into the service has risen over the last year and we are realigning staffing: a senior practitioner and a family support worker move into the team from May.',
        'We will pilot holding core groups in family hubs from the summer.',
        'Learning and development colleagues will run more sessions online, with local venues where training needs to be face to face.',
        "Team managers will remind staff how to use the budget for families' travel costs.",
      ),
    ],
  },
  {
    answers: {
      staff: 'Team manager, a senior practitioner and three social workers',
      'outcomes.working-well': bullets(
        'Good work with schools at the start of term; designated safeguarding leads are in regular contact',
        'Family group conferences are leading to plans that families own',
        'Families have told the team they feel listened to',
      ),
      'outcomes.worries': bullets(
        "More referrals about children's emotional wellbeing and self-harm",
        "Waiting lists for children's mental health services remain long, so social workers hold the risk while children wait",
        'Legal advice is sometimes slow, which delays decisions about pre-proceedings',
      ),
      'outcomes.next-steps': bullets(
        'Quicker access to legal advice, for example a regular legal surgery for the team',
        'Work with health commissioners on support for children waiting for mental health services',
      ),
      'support.working-well': bullets(
        'The team has settled after the staffing changes in May, and the new senior practitioner has made a difference',
        'Wellbeing sessions organised by the team manager are appreciated',
      ),
      'support.worries': bullets(
        'Work phones are old and their batteries do not last, so some workers make work calls on their own phones',
        'Liquid Logic maintenance during the working day has caused lost work',
        'Some workers feel there is no time for reflective supervision when the team is busy',
      ),
      'support.next-steps': bullets(
        'Replace the old work phones',
        'Plan Liquid Logic maintenance outside working hours, with more notice',
        'Keep reflective supervision protected, even in busy weeks',
      ),
      'other.working-well': bullets(
        'A positive relationship with the local police neighbourhood team',
        'Youth workers in the town centre share information with the team quickly',
      ),
      'other.worries': bullets(
        'Concern about the exploitation of teenagers in the town centre over the summer',
        'Some parents do not recognise the signs of exploitation until it is well established',
      ),
      'other.next-steps': bullets(
        'A multi-agency exploitation meeting to look at the pattern over the summer and agree a plan',
        'Information sessions for parents on the signs of exploitation, through schools',
      ),
      covid:
        'No direct impact on the team now. Practitioners still hold professionals meetings online, which saves travel time.',
      comments:
        "A thoughtful discussion. We were struck by the pressure that children's mental health waiting lists put on the team.",
    },
    responses: [
      bullets(
        'Thank you for this visit and for your interest in the team.',
        'A fortnightly legal surgery for the team began in October.',
        'Replacement phones have been ordered for the whole team and will be issued by December.',
        'IT have agreed to schedule Liquid Logic maintenance in the evening, with a week of notice.',
        'The exploitation concerns were discussed at the multi-agency meeting in October, and extra police patrols and youth outreach were arranged.',
        "Children's emotional health and wellbeing is a priority of the safeguarding children partnership, and we are working with commissioners on support while children wait.",
      ),
    ],
  },
  {
    answers: {
      staff: 'Service manager, a team manager and four social workers, two of them in their first year',
      'outcomes.working-well': bullets(
        'Core groups held in family hubs are well attended by families and partners',
        'The team involve fathers earlier in assessments, and it is making a difference to plans',
        'Joint work with the police on exploitation has improved since the autumn',
      ),
      'outcomes.worries': bullets(
        'Cases are more complex: more families where domestic abuse, mental health and substance misuse come together',
        'Delays in assessments by adult services for parents with learning disabilities',
        'Some children wait a long time for a school place after moving into the area',
      ),
      'outcomes.next-steps': bullets(
        'Agreed timescales with adult services for parenting assessments',
        'Education to look at how children known to social care can be found a school place more quickly',
      ),
      'support.working-well': bullets(
        'The new phones have been issued and work well',
        'The two first-year social workers described good support from the team and a manageable caseload',
        'Training on domestic abuse and coercive control was very useful',
      ),
      'support.worries': bullets(
        'Recruiting experienced social workers remains difficult',
        'Admin support is stretched, and workers are typing their own minutes',
      ),
      'support.next-steps': bullets(
        'More admin support for the team',
        'Keep up targeted recruitment, including at regional job fairs',
      ),
      'other.working-well': bullets(
        "The team's practice was praised in a recent audit",
        'Families have given positive feedback about the core groups held in family hubs',
      ),
      'other.worries': bullets(
        'Families affected by rising rents and a lack of affordable homes in the area',
        'Some families have been placed in temporary accommodation far from schools and support',
      ),
      'other.next-steps': bullets(
        'Closer work with housing colleagues on families at risk of homelessness',
        'Housing to be invited to child in need meetings where housing is part of the worry',
      ),
      covid: 'No impact reported. Hybrid working continues to suit the team.',
      comments: 'Thank you to the team. A good visit that showed real progress since the spring.',
    },
    responses: [
      bullets(
        'Thank you for the visit and for noting the progress the team has made.',
        'An additional business support officer joins the team in April.',
        'We have agreed with adult services a timescale for parenting assessments where a parent has a learning disability, and it will be monitored monthly.',
        'Recruitment continues, and the team will be represented at the regional social work job fair in March.',
        'We have raised school places for children known to social care with the education access team, who will now fast-track these requests.',
      ),
    ],
  },
];
