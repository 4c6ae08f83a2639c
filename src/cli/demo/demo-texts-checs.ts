import { bullets, type VisitTexts } from './demo-texts';

/** The consultation service (the front door): a summer visit, then one after the Christmas peak. */
export const CHECS_TEXTS: readonly VisitTexts[] = [
  {
    answers: {
      staff: 'Service manager, a team manager, two social workers and a consultation line practitioner',
      'outcomes.working-well': bullets(
        'The consultation line is valued by schools and health colleagues: professionals can talk a worry through before referring, and many contacts end with advice alone',
        'Police colleagues now sit with the team two days a week, so strategy discussions are arranged faster and information is shared the same day',
        'Step-down to early help works well; families are usually offered support within days rather than weeks',
        'The team gave examples of children whose situation was understood quickly because partners shared what they knew early',
      ),
      'outcomes.worries': bullets(
        'Information from some health partners still arrives after the agreed timescale, which holds up decisions',
        'Some referrals are very brief and do not say what the worry is or what has already been tried',
        'Contacts have been higher than last summer, with more families asking for help with basic needs',
        'Repeat contacts about the same children where early help was offered but not taken up',
      ),
      'outcomes.next-steps': bullets(
        'Agree with health partners a named route for urgent information requests',
        'A short briefing for schools on what a good referral includes, before the new term',
        'Look at why families decline early help and whether the offer could be explained differently at first contact',
      ),
      'support.working-well': bullets(
        'Staff feel well supported by managers: daily huddles and an open-door approach',
        'Fortnightly practice meetings are used to share learning from audits',
        'New starters said their induction was well organised and they shadowed experienced colleagues before working alone',
      ),
      'support.worries': bullets(
        'Workloads are high over the summer holidays when staff take leave and cover is thin',
        'Hard to protect time for training; sessions are often missed when the duty rota is stretched',
        'Liquid Logic was slow on several afternoons, and during one outage contacts were logged on paper and typed up later',
        'The phone line dropped calls during the switch to the new telephony system',
      ),
      'support.next-steps': bullets(
        'Plan summer leave earlier in the year and keep a cover list',
        'Protected learning time of half a day a month for each worker',
        'IT to report back on the causes of the Liquid Logic slowdowns and agree a fallback for outages',
      ),
      'other.working-well': bullets(
        'Morale has improved since the spring; staff described the team as settled',
        'Good relationships with the early help and family hub teams',
      ),
      'other.worries': bullets(
        'Cost of living is putting pressure on families: more contacts mention debt, food and fuel',
        'More parents with mental health needs, and timely advice from adult mental health services is hard to get',
        'Some workers are worried about their own fuel costs when they go out on joint visits',
      ),
      'other.next-steps': bullets(
        'Keep the mental health practitioner post for the front door under review; recruitment has not succeeded so far',
        'A simple list of local cost-of-living support so that workers signpost families consistently',
      ),
      covid:
        'The team say COVID-19 no longer affects how they work day to day. Hybrid working has stayed: strategy meetings are virtual, which makes it easier for police and health to attend. Some families still report isolation and anxiety that began during the lockdowns.',
      comments:
        'A positive visit. The team are committed and clearly proud of the front door. Thank you to the service manager for arranging the session at short notice. We would like an update on the IT problems at the next visit.',
    },
    responses: [
      bullets(
        'Thank you for a helpful visit and for recognising the work of the front door.',
        "We raised health information timescales at the partnership's operational group and agreed a named route for urgent requests, which started in September.",
        'A briefing for designated safeguarding leads on making a good referral will be delivered to schools this autumn term.',
        'The Liquid Logic slowdowns were traced to a supplier update; IT now monitor performance and the team have tested a fallback process for outages.',
        'The mental health practitioner post is being advertised again with a revised job description.',
        'Summer leave planning for next year will start in the spring, with a cover list agreed in advance.',
      ),
    ],
  },
  {
    answers: {
      staff: 'Head of the front door, a team manager, an advanced practitioner and three social workers',
      'outcomes.working-well': bullets(
        'Contacts over the Christmas period were managed well; out-of-hours colleagues handed over clearly each morning',
        'Joint work with the domestic abuse service means high-risk notifications are screened the same day',
        'Recent audits show decisions are timely and the reasons are recorded clearly',
        'More families are seen by early help within a week of first contact',
      ),
      'outcomes.worries': bullets(
        'A spike in domestic abuse notifications after the holidays',
        'Some schools still send referrals by email without speaking to the consultation line first',
        "Long waits for children's mental health services mean children referred for emotional wellbeing often come back to the front door",
        'Changes partners made after the joint inspection are not always understood by new staff in other agencies',
      ),
      'outcomes.next-steps': bullets(
        'Joint briefings with police and health on the changes, especially for new starters in partner agencies',
        "More input from health into decisions about children's mental health",
        'Remind schools to use the consultation line before sending a referral',
      ),
      'support.working-well': bullets(
        'The advanced practitioner role has made a difference: advice on complex decisions is available throughout the day',
        'New laptops rolled out in the autumn are lighter and start up faster',
        'Managers noticed when staff were tired after the December peak and gave time back',
      ),
      'support.worries': bullets(
        'One vacancy and one long-term absence; cover relies on agency staff',
        'Workloads are manageable now but rise sharply in term time',
        'The office is cramped on days when everyone is in, and a quiet room for difficult calls is hard to find',
      ),
      'support.next-steps': bullets(
        'Recruit a permanent worker to the vacancy rather than relying on agency cover',
        'A quiet room set aside for duty workers',
        'Keep workloads under review through the spring term',
      ),
      'other.working-well': bullets(
        'Family hubs are opening and the team can see how they will help families earlier',
        'Good working relationship with the education access team',
      ),
      'other.worries': bullets(
        'More families struggling with housing costs or living in temporary accommodation',
        'With pressure across the partnership, the front door is sometimes treated as the only door',
      ),
      'other.next-steps': bullets(
        'Information for families and professionals on what family hubs offer, so the front door is not the default',
        'Housing colleagues to join a practice meeting and explain the options for families',
      ),
      covid:
        'No direct impact on the team now. Staff said some younger children still show delays in speech and social skills that schools link to the pandemic, and this comes up in contacts.',
      comments:
        'Thank you to the team for an open discussion. The improvement since the summer visit is clear. We ask that the office space problem is looked at before the spring.',
    },
    responses: [
      bullets(
        'Thank you for visiting the team at one of its busiest times of the year.',
        'The vacancy has been advertised as a permanent post and interviews take place in February.',
        'Facilities have agreed to set aside a quiet room on the front door floor from March.',
        "Joint briefings on partners' changes are part of the safeguarding partnership's training plan, with the first sessions in the spring.",
        "Health colleagues will attend the daily front door meeting twice a week to advise on children's mental health.",
        'Information about family hubs is being sent to every school and GP practice.',
      ),
    ],
  },
];
