import { registerEnumType } from 'type-graphql';

/** GraphQL needs a real enum here; values are the ISO 639-1 codes stored in the database. */
export enum CorrespondenceLanguage {
  FR = 'fr',
  NL = 'nl',
  EN = 'en',
}

registerEnumType(CorrespondenceLanguage, {
  name: 'Language',
  description: 'A language of the portal and of correspondence.',
  valuesConfig: {
    FR: { description: 'French' },
    NL: { description: 'Dutch' },
    EN: { description: 'English' },
  },
});
