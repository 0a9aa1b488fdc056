/** The shape every interface language's resources have: nested tables of strings. */
export interface Resources {
  [key: string]: string | Resources;
}
