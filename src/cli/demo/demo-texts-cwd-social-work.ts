import { bullets, type VisitTexts } from './demo-texts';

/** Children with Disabilities Social Work Team: a July visit (moved from June), then one in February. */
export const CWD_SOCIAL_WORK_TEXTS: readonly VisitTexts[] = [
  {
    answers: {
      staff: 'Team manager, a senior practitioner and three social workers',
      'outcomes.working-well': bullets(
        'Social workers build strong relationships with families, as they often work with them over many years',
        'Very good relationships with special schools; workers attend reviews and information is shared well',
        'Early help individual payments give families flexibility and independence, and the team are proud of this work',
        'The team are getting better at stepping cases down to short breaks where that is right for the child',
      ),
      'outcomes.worries': bullets(
        'Hard to find the right care package and suitable respite care',
        'Some children travel long distances to school every day',
        'Families can be unclear about the assessment process, and the outcome can come as a surprise',
        'A shortage of personal assistants for families who use direct payments',
      ),
      'outcomes.next-steps': bullets(
        'Clearer information for new families about the assessment process and what to expect',
        'Reassess care packages where families are struggling to cope',
        'More local school places, so that children travel less',
      ),
      'support.working-well': bullets(
        'Management is supportive, and inductions for new staff were well planned',
        'Recent training and masterclasses were well received; workers could choose the sessions that suited their role',
      ),
      'support.worries': bullets(
        'A small team covering a large area; caseloads have come down but are still higher than they should be',
        'Social workers with experience of disability are hard to recruit',
        'Laptops have small screens that are uncomfortable for long periods, especially on home visits',
        'Uncertainty about where the team will be based once their office closes',
      ),
      'support.next-steps': bullets(
        'Training tailored to the specialist skills of the team',
        "A decision, clearly communicated, about the team's new base",
        'Review IT equipment for the team, including tablets for home visits',
      ),
      'other.working-well': bullets(
        'Morale is good and the team work well together',
        'Positive work with health colleagues, especially community nursing',
      ),
      'other.worries': bullets(
        'Few ways to record the views of children who do not use words, so the voice of the child can be lost',
        'Stopping a short break can lead to more costly long-term care later',
      ),
      'other.next-steps': bullets(
        'Better tools for recording non-verbal communication, such as picture-based and sensory resources',
        'Early intervention so that problems do not escalate to the point of needing long-term care',
      ),
      covid:
        'Some families became very isolated during the pandemic and are still reluctant to accept support at home. Virtual reviews remain useful for parents who find it hard to leave the house.',
      comments:
        'This visit was moved from June because of sickness in the service; thank you to the team for rearranging it. An impressive team with real specialist knowledge.',
    },
    responses: [
      bullets(
        'Thank you for rearranging the visit and for your warm comments about the team.',
        'Staff now know where their new base will be, which we hope settles the uncertainty they felt at the time of the visit.',
        'A special school is delivering training on picture-based communication to the team, and workers have sensory resources to use on visits.',
        'Tablets for direct work with children have been approved and will be issued in the autumn.',
        'Senior managers are working with the team to identify cases that can close or step down to short breaks, to free capacity.',
        'We are working with commissioning colleagues on ways to make personal assistant work more attractive.',
      ),
    ],
  },
  {
    answers: {
      staff: 'Service manager, a team manager, two social workers and a family support worker',
      'outcomes.working-well': bullets(
        'Tablets are now used in direct work and help children who do not use words to share their views',
        'Linking workers to particular special schools helps them know families and school staff well',
        'Transition planning starts earlier, and adult services are invited to reviews',
      ),
      'outcomes.worries': bullets(
        'Transition to adult services is still slow for some young people, and families worry about a gap in support',
        'Overnight respite is in short supply and some families wait months',
        'Some families find the financial assessment for support confusing',
      ),
      'outcomes.next-steps': bullets(
        'Adult services to attend transition reviews consistently',
        'More overnight respite provision locally',
        'A plain-language guide to the financial assessment for families',
      ),
      'support.working-well': bullets(
        'The team have settled into their new base, which has good meeting space',
        'Caseloads have come down since the summer after cases were stepped down',
      ),
      'support.worries': bullets(
        'One social worker post is still vacant',
        'Workers spend a lot of time chasing care providers when packages break down',
      ),
      'support.next-steps': bullets(
        'Fill the vacant post',
        'Commissioning support to find providers quickly when a package breaks down',
      ),
      'other.working-well': bullets(
        'Feedback about the team from the parent carer forum is positive',
        'Joint work with the short breaks team is closer, with shared reviews',
      ),
      'other.worries': bullets(
        'Cost of living is a particular pressure for families with disabled children, with higher energy and equipment costs',
        'Some families do not claim the benefits they are entitled to',
      ),
      'other.next-steps': bullets(
        'Make sure families know about disability benefits and grants, for example through a welfare rights session for the team',
        'Work with the parent carer forum on information about financial help',
      ),
      covid:
        'No impact now. A few children with complex health needs are still more cautious about infection, and workers take this into account when they visit.',
      comments: 'Good progress since July. Thank you to the team and its managers.',
    },
    responses: [
      bullets(
        'Thank you for your continued interest in the team.',
        'The vacant post has been filled and the new social worker starts in April.',
        'Adult social care have agreed that a transitions worker will attend reviews for every young person from the age of sixteen.',
        'Commissioning are reviewing overnight short breaks, and a new local residential option is planned for the summer.',
        'A welfare rights adviser will run a session for the team in March, and the financial assessment guide is being rewritten with the parent carer forum.',
      ),
    ],
  },
];
