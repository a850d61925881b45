import { graphQLErrorCodes, graphQLProblems, oneProblemPerField, type GraphQLErrorLike } from './graphql-problems';

const none = { code: null, reason: null, preciseCode: null, codes: [], fields: {} };

// API-3: the gateway's answers as the tabs read them, exact.
describe('graphQLProblems', () => {
  it.each<[string, readonly GraphQLErrorLike[] | null | undefined, ReturnType<typeof graphQLProblems>]>([
    ['no errors (a network failure)', undefined, none],
    ['null errors', null, none],
    ['an empty list', [], none],
    ['an error without extensions', [{}], none],
    ['null extensions', [{ extensions: null }], none],
    ['a code', [{ extensions: { code: 'FORBIDDEN' } }], { ...none, code: 'FORBIDDEN', preciseCode: 'FORBIDDEN', codes: ['FORBIDDEN'] }],
    [
      'a reason is more precise than the code',
      [{ extensions: { code: 'BAD_USER_INPUT', reason: 'SAME_APPROVER' } }],
      { ...none, code: 'BAD_USER_INPUT', reason: 'SAME_APPROVER', preciseCode: 'SAME_APPROVER', codes: ['BAD_USER_INPUT'] },
    ],
    [
      'code and reason come from the first error only',
      [{ extensions: { code: 'NOT_FOUND' } }, { extensions: { code: 'FORBIDDEN', reason: 'LAST_ADMINISTRATOR' } }],
      { ...none, code: 'NOT_FOUND', preciseCode: 'NOT_FOUND', codes: ['NOT_FOUND', 'FORBIDDEN'] },
    ],
    ['a code that is not a string is no code', [{ extensions: { code: 42, reason: ['X'] } }], none],
    [
      'field codes of every error, several per field',
      [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'password', code: 'MIN_LENGTH' },
              { field: 'password', code: 'UPPERCASE' },
            ],
          },
        },
        { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', code: 'EMAIL_TAKEN' }] } },
      ],
      {
        ...none,
        code: 'BAD_USER_INPUT',
        preciseCode: 'BAD_USER_INPUT',
        codes: ['BAD_USER_INPUT', 'BAD_USER_INPUT'],
        fields: { password: ['MIN_LENGTH', 'UPPERCASE'], email: ['EMAIL_TAKEN'] },
      },
    ],
    [
      'malformed field entries are skipped',
      [
        {
          extensions: {
            fields: [
              null,
              'IBAN_CHECKSUM',
              { field: 'iban' },
              { code: 'X' },
              { field: 3, code: 'Y' },
              { field: 'bankDetails.iban', code: 'IBAN_CHECKSUM' },
            ],
          },
        },
      ],
      { ...none, fields: { 'bankDetails.iban': ['IBAN_CHECKSUM'] } },
    ],
    ['fields that are not a list', [{ extensions: { fields: { field: 'iban', code: 'X' } } }], none],
  ])('%s', (_case, errors, expected) => expect(graphQLProblems(errors)).toEqual(expected));
});

describe('graphQLErrorCodes', () => {
  it.each<[readonly GraphQLErrorLike[] | null | undefined, string[]]>([
    [undefined, []],
    [[], []],
    [
      [{ extensions: { code: 'NOT_FOUND' } }, {}, { extensions: { code: 7 } }, { extensions: { code: 'FORBIDDEN' } }],
      ['NOT_FOUND', 'FORBIDDEN'],
    ],
  ])('%j → %j', (errors, expected) => expect(graphQLErrorCodes(errors)).toEqual(expected));
});

describe('oneProblemPerField', () => {
  it.each<[Record<string, string[]>, Record<string, string>]>([
    [{}, {}],
    [{ 'bankDetails.iban': ['IBAN_CHECKSUM'] }, { 'bankDetails.iban': 'IBAN_CHECKSUM' }],
    [{ reason: ['TOO_SHORT', 'REQUIRED'], email: [] }, { reason: 'REQUIRED' }],
  ])('%j → %j', (fields, expected) => expect(oneProblemPerField(fields)).toEqual(expected));
});
