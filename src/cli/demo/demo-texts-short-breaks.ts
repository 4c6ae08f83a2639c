import { bullets, type VisitTexts } from './demo-texts';

/** Children with Disabilities Short Breaks Team: May, October, and a March visit still awaiting feedback. */
export const SHORT_BREAKS_TEXTS: readonly VisitTexts[] = [
  {
    answers: {
      staff: 'Team manager, two short breaks workers and a social worker',
      'outcomes.working-well': bullets(
        'A passionate and efficient team; feedback from parents and children is very positive',
        'The graded offer for children aged four and over, with an advice line for parents and social workers, takes pressure off the front door',
        'Packages of support are built around each child rather than fitted to what is available',
      ),
      'outcomes.worries': bullets(
        'Not enough overnight and residential provision for short breaks and respite',
        'A shortage of personal assistants means some packages of support cannot be delivered',
        'Demand is rising, and children stay with the service for a long time',
      ),
      'outcomes.next-steps': bullets(
        'A recruitment drive for short break foster carers',
        'Work with commissioning on local residential provision',
      ),
      'support.working-well': bullets(
        'The team feel well supported and communication is good',
        'Homeworking and virtual meetings work well for the team',
      ),
      'support.worries': bullets(
        'Caseloads are high and the team are consistently busy',
        'The team feel their work is not always recognised',
        'Workers use their cars every day and the mileage rate does not cover their costs',
      ),
      'support.next-steps': bullets(
        'Review the staffing structure to increase capacity and support the wellbeing of existing staff',
        'Review mileage rates for workers who drive every day',
      ),
      'other.working-well': bullets(
        'The holiday activities programme now offers inclusive places for disabled children',
        'Good relationships with special schools, which help identify families who need a short break',
      ),
      'other.worries': bullets(
        'Transition to adult services can be a slow process',
        'Families are anxious about what support will continue after their child turns eighteen',
      ),
      'other.next-steps': bullets(
        'A more streamlined transition to adult services',
        'Earlier conversations with families about adult support, starting in the early teenage years',
      ),
      covid:
        'The team say COVID-19 has no impact on their work now. Virtual meetings introduced during the pandemic have stayed because they suit parents who cannot easily leave home.',
      comments:
        'An enthusiastic team who clearly care about the children they support. Thank you for a lively discussion.',
    },
    responses: [
      bullets(
        'Thank you for the visit and for recognising the dedication of the team.',
        'A focused campaign to recruit short break foster carers is under way with the fostering service.',
        'We are working with commissioning to increase local residential short breaks, and recruiting to expand the team.',
        'Personal assistants are recruited by families, not the council, but with adult services we are developing an all-age direct payments policy that may raise the standard rate.',
        'The corporate mileage policy applies to this team as it does to all social care teams; staff can apply each year for the regular car user allowance.',
      ),
    ],
  },
  {
    answers: {
      staff: 'Service manager, team manager and three short breaks workers',
      'outcomes.working-well': bullets(
        'Four new short break foster carers have been approved since the spring',
        'Inclusive clubs and holiday activities are well attended and families value them',
        "A young people's participation group is helping to shape the short breaks offer",
      ),
      'outcomes.worries': bullets(
        'A waiting list for assessments has built up over the summer',
        'Families in crisis need support immediately, but packages take weeks to set up',
        'Demand is highest in the school holidays, when provision is most stretched',
      ),
      'outcomes.next-steps': bullets(
        'Clear the assessment waiting list, with a plan to stop it building up again',
        'A quicker emergency offer for families in crisis',
      ),
      'support.working-well': bullets(
        'A new team member with personal and professional experience of disability has brought valuable insight',
        'Regular supervision and a supportive team manager',
      ),
      'support.worries': bullets(
        'Liquid Logic forms do not fit short breaks work well, so recording takes longer than it should',
        'Not enough admin support for arranging packages',
        'Parking near the office is difficult on busy days',
      ),
      'support.next-steps': bullets(
        'Adapt the Liquid Logic forms used for short breaks',
        'Admin support for setting up packages',
      ),
      'other.working-well': bullets(
        'Good partnership with the parent carer forum',
        'Parents say the advice line answers quickly and knows their child',
      ),
      'other.worries': bullets(
        'Cost of living: families are struggling with the extra costs of caring for a disabled child',
        'The direct payment rate makes it hard for families to recruit personal assistants',
      ),
      'other.next-steps': bullets(
        'Complete the review of the direct payment rate',
        'Signpost families to grants and charities that help with equipment and energy costs',
      ),
      covid:
        'No impact now, although some children who were shielding still find it hard to join group activities.',
      comments:
        'Good to see progress on foster carer recruitment since May. We were concerned about the waiting list for assessments.',
    },
    responses: [
      bullets(
        'Thank you for the visit and for noting the progress on foster carer recruitment.',
        'Extra assessment capacity has been agreed for the winter, and the waiting list is reviewed weekly by the team manager.',
        'An emergency short breaks offer for families in crisis is being set up with two providers.',
        'A Liquid Logic change request for the short breaks forms has been approved and is scheduled for the new year.',
        'The review of the direct payment rate will report to the joint commissioning board in the spring.',
      ),
    ],
  },
  {
    answers: {
      staff: 'Team manager, a senior short breaks worker and two short breaks workers',
      'outcomes.working-well': bullets(
        'The emergency short breaks offer has helped families in crisis within days',
        'The assessment waiting list has been cleared',
        'Children and young people are giving their views through the participation group, and it shows in the offer',
      ),
      'outcomes.worries': bullets(
        'Overnight provision is still limited, especially at weekends',
        'A few young people turning eighteen have no adult service in place yet',
        'Some families have given up looking for personal assistants',
      ),
      'outcomes.next-steps': bullets(
        'Start transition planning for short breaks earlier, alongside the social work team',
        'Increase weekend overnight provision',
        'Help families recruit personal assistants, for example through a shared register',
      ),
      'support.working-well': bullets(
        'The Liquid Logic changes have made recording quicker',
        'The team feel recognised after the service was shortlisted for a council staff award',
      ),
      'support.worries': bullets(
        'Caseloads are rising again as more families are referred',
        'Some training is aimed at social workers and does not fit the short breaks role',
      ),
      'support.next-steps': bullets(
        'Keep caseloads under review as referrals rise',
        'Training designed for short breaks workers',
      ),
      'other.working-well': bullets(
        'Joint work with the social work team is closer than last year',
        'The parent carer forum helped design the new information for families',
      ),
      'other.worries': bullets(
        'Uncertainty about funding for the holiday activities programme next year',
        'Rising provider costs may reduce the number of hours families receive',
      ),
      'other.next-steps': bullets(
        'Confirm funding for holiday activities as early as possible',
        'Review provider rates with commissioning so that packages keep their value',
      ),
      covid: 'No impact reported.',
      comments:
        'A positive end to the year for the team. We look forward to the response on overnight provision and on transition to adult services.',
    },
    responses: [],
  },
];
