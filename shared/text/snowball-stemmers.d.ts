// Types for snowball-stemmers (the JS port of the Snowball stemmers): the two functions Glossa uses.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}
