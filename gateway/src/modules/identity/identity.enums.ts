import { registerEnumType } from 'type-graphql';

export enum LoginProfile {
  ADMINISTRATOR = 'ADMINISTRATOR',
  VIEWER = 'VIEWER',
}

export enum LoginStatus {
  PENDING_ACTIVATION = 'PENDING_ACTIVATION',
  ACTIVE = 'ACTIVE',
  LOCKED = 'LOCKED',
  DEACTIVATED = 'DEACTIVATED',
}

export enum StaffRoleName {
  AGENT = 'AGENT',
  SUPERVISOR = 'SUPERVISOR',
}

export enum PrincipalKind {
  CUSTOMER_USER = 'CUSTOMER_USER',
  STAFF = 'STAFF',
  API_TOKEN = 'API_TOKEN',
}

export enum SignInStatus {
  SIGNED_IN = 'SIGNED_IN',
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  SECOND_FACTOR_ENROLLMENT_REQUIRED = 'SECOND_FACTOR_ENROLLMENT_REQUIRED',
}

export enum PasswordRuleName {
  MIN_LENGTH = 'MIN_LENGTH',
  MAX_LENGTH = 'MAX_LENGTH',
  UPPERCASE = 'UPPERCASE',
  TWO_DIGITS = 'TWO_DIGITS',
  PUNCTUATION = 'PUNCTUATION',
  COMMON_PASSWORD = 'COMMON_PASSWORD',
  CONTAINS_LOGIN_ID = 'CONTAINS_LOGIN_ID',
  CONTAINS_NAME = 'CONTAINS_NAME',
  CONTAINS_COMPANY_NAME = 'CONTAINS_COMPANY_NAME',
}

registerEnumType(LoginProfile, {
  name: 'LoginProfile',
  description: 'What a customer login may do (PRO-4).',
  valuesConfig: {
    ADMINISTRATOR: { description: 'Sees and changes everything of its customer.' },
    VIEWER: { description: 'Sees everything of its customer, changes nothing.' },
  },
});
registerEnumType(LoginStatus, {
  name: 'LoginStatus',
  description: 'State of a customer login (PRO-1).',
  valuesConfig: {
    PENDING_ACTIVATION: { description: 'Created; waiting for its owner to activate it with the temporary password.' },
    ACTIVE: { description: 'Can sign in.' },
    LOCKED: { description: 'Temporarily locked after too many failed attempts.' },
    DEACTIVATED: { description: 'Switched off by an administrator.' },
  },
});
registerEnumType(StaffRoleName, {
  name: 'StaffRole',
  description: 'Role of a Customer Services staff member (BO-1).',
  valuesConfig: {
    AGENT: { description: 'Processes requests.' },
    SUPERVISOR: { description: 'Processes requests and supervises the queue.' },
  },
});
registerEnumType(PrincipalKind, {
  name: 'PrincipalKind',
  description: 'Who is calling.',
  valuesConfig: {
    CUSTOMER_USER: { description: 'A person with a customer login.' },
    STAFF: { description: 'Customer Services staff.' },
    API_TOKEN: { description: 'Partner software with an integration token (PRO-5).' },
  },
});
registerEnumType(SignInStatus, {
  name: 'SignInStatus',
  description: 'Outcome of a sign-in step.',
  valuesConfig: {
    SIGNED_IN: { description: 'Signed in: the session cookie is set.' },
    SECOND_FACTOR_REQUIRED: { description: 'Password accepted; send the 6-digit code with verifySecondFactor.' },
    SECOND_FACTOR_ENROLLMENT_REQUIRED: { description: 'Password accepted; a second factor must be enrolled before going further.' },
  },
});
registerEnumType(PasswordRuleName, {
  name: 'PasswordRule',
  description: 'A password rule of ACC-4 that a candidate password breaks.',
  valuesConfig: {
    MIN_LENGTH: { description: 'At least 12 characters.' },
    MAX_LENGTH: { description: 'At most 128 characters.' },
    UPPERCASE: { description: 'At least one uppercase letter.' },
    TWO_DIGITS: { description: 'At least two digits.' },
    PUNCTUATION: { description: 'At least one punctuation sign or symbol.' },
    COMMON_PASSWORD: { description: 'Too common, even with digits and punctuation removed.' },
    CONTAINS_LOGIN_ID: { description: 'Contains the login id.' },
    CONTAINS_NAME: { description: "Contains the user's name." },
    CONTAINS_COMPANY_NAME: { description: 'Contains the company name.' },
  },
});
