/** The little of Citation.js (no types of its own) that the citation module uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { template: string; format: 'text' | 'html'; lang: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
