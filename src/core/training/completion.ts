/** A course's completion rule and whether an enrolment meets it. */
export interface CompletionRule {
  minAttendancePercent: number;
  finalPieceRequired: boolean;
}

export type FinalPiece = 'passed' | 'failed' | null;

export interface CompletionCheck {
  met: boolean;
  /** Lessons given so far (not cancelled, started), and those the student attended. */
  lessonsGiven: number;
  attended: number;
  /** Attendance in whole percent, rounded down (so 79.9 % is not 80 %). */
  attendancePercent: number;
  finalPiece: FinalPiece;
  /** What is still missing, in words; empty when met. */
  missing: string[];
}

export function checkCompletion(rule: CompletionRule, lessonsGiven: number, attended: number, finalPiece: FinalPiece): CompletionCheck {
  // Integer arithmetic: percent = floor(100·attended / given), no floating-point surprises at the boundary.
  const attendancePercent = lessonsGiven === 0 ? 0 : Math.floor((100 * attended) / lessonsGiven);
  const missing: string[] = [];
  if (lessonsGiven === 0) missing.push('no lesson has been given yet');
  else if (100 * attended < rule.minAttendancePercent * lessonsGiven) missing.push(`attendance ${attendancePercent} % is below ${rule.minAttendancePercent} % (${attended} of ${lessonsGiven} lessons)`);
  if (rule.finalPieceRequired && finalPiece !== 'passed') missing.push(finalPiece === 'failed' ? 'the final piece did not pass' : 'the final piece has not been assessed');
  return { met: missing.length === 0, lessonsGiven, attended, attendancePercent, finalPiece, missing };
}
