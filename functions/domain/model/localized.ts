/** A name or text in Chinese (required) and English. */
export interface LocalizedText {
  zh: string;
  en?: string;
}
