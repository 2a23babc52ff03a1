// The part of linebreak (npm "linebreak", untyped; pdfkit's own UAX #14 line breaker) the PDF
// report calls: the break opportunities of a text, in order.
declare module 'linebreak' {
  export interface Break {
    /** Index in the text just after the break opportunity. */
    position: number;
    /** A mandatory break (a newline). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
