export enum BookingStatus {
  Booked = 'booked',
  Cancelled = 'cancelled',
  Held = 'held',
  NoShow = 'no_show',
}

export enum Topic {
  Anxiety = 'anxiety',
  Depression = 'depression',
  Adhd = 'adhd',
  Autism = 'autism',
  EatingDisorder = 'eating_disorder',
  SelfHarm = 'self_harm',
  SchoolAbsence = 'school_absence',
  Ocd = 'ocd',
  Psychosis = 'psychosis',
  Trauma = 'trauma',
  Attachment = 'attachment',
  Other = 'other',
}

export enum ChildAgeBand {
  Age0to5 = '0-5',
  Age6to9 = '6-9',
  Age10to13 = '10-13',
  Age14to17 = '14-17',
  Age18plus = '18+',
}

/** What the contact records about whether the session took place. */
export enum Attendance {
  Held = 'held',
  NoShow = 'no_show',
  CancelledLate = 'cancelled_late',
}

export enum Recommendation {
  ContinueMunicipal = 'continue_municipal',
  ReferBup = 'refer_bup',
  ReferPrivateSpecialist = 'refer_private_specialist',
  Other = 'other',
  None = 'none',
}
