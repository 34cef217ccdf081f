export enum SessionKind {
  Sparring = 'sparring',
  Supervision = 'supervision',
  Teaching = 'teaching',
}

/** Sparring and supervision are one-to-one; only teaching takes several bookings. */
export const isGroupKind = (kind: SessionKind) => kind === SessionKind.Teaching;
