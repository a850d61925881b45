import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LoginProfile, LoginStatus } from '../identity';

@ObjectType({ description: 'A login of the customer, as the profile management screen lists it (PRO-1).', simpleResolvers: true })
export class Login {
  @Field(() => ID, { description: 'Opaque id.' })
  id!: string;

  @Field(() => String, { description: '9-digit login id.' })
  loginId!: string;

  @Field(() => String, { description: 'Name of the person.' })
  name!: string;

  @Field(() => String, { description: 'E-mail address.' })
  email!: string;

  @Field(() => LoginProfile, { description: 'Administrator (view and change) or viewer (view only).' })
  profile!: LoginProfile;

  @Field(() => LoginStatus, { description: 'Pending activation, active, locked or deactivated.' })
  status!: LoginStatus;

  @Field(() => Date, { nullable: true, description: 'Last sign-in.' })
  lastLoginAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'While pending: when the temporary password stops working (ACC-3).' })
  activationExpiresAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether a second factor is enrolled.' })
  secondFactorEnabled!: boolean;

  @Field(() => Boolean, { description: 'Whether the caller created this login, and so may re-issue its activation (ACC-3).' })
  createdByCaller!: boolean;

  @Field(() => Date, { description: 'When the login was created.' })
  createdAt!: Date;
}

@InputType({ description: 'A new access (PRO-2).' })
export class CreateLoginInput {
  @Field(() => String, { description: 'Full name of the person.' })
  name!: string;

  @Field(() => String, { description: 'E-mail address the activation is sent to.' })
  email!: string;

  @Field(() => LoginProfile, { description: 'Administrator or viewer.' })
  profile!: LoginProfile;
}

/** What happens to the integration tokens a login created when that login is deactivated (issue #11 §5, PRO-3, PRO-5). */
export enum CreatedTokensChoice {
  REVOKE = 'REVOKE',
  KEEP = 'KEEP',
}

registerEnumType(CreatedTokensChoice, {
  name: 'CreatedTokensChoice',
  description: 'What becomes of the integration tokens a deactivated login created (PRO-5).',
  valuesConfig: {
    REVOKE: { description: 'Revoke them at once, with the login (the default).' },
    KEEP: { description: 'Keep them working, e.g. for software that must not stop; the choice is audited.' },
  },
});

@ObjectType({ description: 'The login that created an integration token (PRO-5).', simpleResolvers: true })
export class TokenCreator {
  @Field(() => String, { description: '9-digit login id.' })
  loginId!: string;

  @Field(() => String, { description: 'Name of the person.' })
  name!: string;

  @Field(() => LoginStatus, { description: 'Its status now: a deactivated creator is worth a look at its tokens.' })
  status!: LoginStatus;
}

@ObjectType({ description: 'An integration token of the customer (PRO-5); the secret itself is never shown again.', simpleResolvers: true })
export class ApiTokenInfo {
  @Field(() => ID, { description: 'Opaque id.' })
  id!: string;

  @Field(() => String, { description: 'Name given at creation, e.g. "Accounting export".' })
  name!: string;

  @Field(() => LoginProfile, { description: 'What the token may do.' })
  profile!: LoginProfile;

  @Field(() => String, { description: 'First characters of the token, to tell tokens apart.' })
  displayPrefix!: string;

  @Field(() => Date, { description: 'Expiry.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last use (precise to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  revokedAt!: Date | null;

  @Field(() => Date, { description: 'Creation.' })
  createdAt!: Date;

  @Field(() => TokenCreator, { nullable: true, description: 'Who created it (issue #11 §5); null if that login no longer exists.' })
  createdBy!: TokenCreator | null;
}

@ObjectType({ description: 'A token just created: copy it now, it is not shown again.', simpleResolvers: true })
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret token, for `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ApiTokenInfo, { description: 'The stored token.' })
  apiToken!: ApiTokenInfo;
}

@InputType({ description: 'A new integration token (PRO-5).' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'Name, to recognise it later.' })
  name!: string;

  @Field(() => LoginProfile, { description: 'Administrator or viewer rights.' })
  profile!: LoginProfile;

  @Field(() => String, { description: 'Last day it works (ISO date), at most 2 years ahead.' })
  expiresOn!: string;
}
