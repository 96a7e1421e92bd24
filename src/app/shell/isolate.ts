/**
 * FSI…PDI around a value interpolated into a translated sentence: an outlet's Arabic name in an English sentence, an
 * address in an Arabic one, keeps its own direction (plain text's <bdi>), so "Only in بي بي سي عربي (16)" does not
 * come out as "Only in (16) بي بي سي عربي".
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
