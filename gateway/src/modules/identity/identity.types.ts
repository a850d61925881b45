import { Field, InputType, ObjectType } from 'type-graphql';
import { CorrespondenceLanguage } from '../customers';
import { LoginProfile, PrincipalKind, SignInStatus, StaffRoleName } from './identity.enums';

@ObjectType({ description: 'The customer a login belongs to.', simpleResolvers: true })
export class MeCustomer {
  @Field(() => String, { description: 'Customer number, 8 digits.' })
  customerNumber!: string;

  @Field(() => String, { description: 'Company name.' })
  name!: string;

  @Field(() => Boolean, { description: 'Whether the customer requires a second factor for every login (ACC-10).' })
  secondFactorRequired!: boolean;
}

@ObjectType({ description: 'Another customer number the signed-in person may switch to (ACC-11).', simpleResolvers: true })
export class LinkedCustomer {
  @Field(() => String, { description: '9-digit login id of that access.' })
  loginId!: string;

  @Field(() => String, { description: 'Customer number.' })
  customerNumber!: string;

  @Field(() => String, { description: 'Company name.' })
  customerName!: string;

  @Field(() => Boolean, { description: 'Whether the session currently acts as this login.' })
  current!: boolean;
}

@ObjectType({ description: 'Who is signed in, and their own settings.', simpleResolvers: true })
export class Me {
  @Field(() => PrincipalKind, { description: 'Customer user, staff member or integration token.' })
  kind!: PrincipalKind;

  @Field(() => String, { nullable: true, description: '9-digit login id of a customer user.' })
  loginId!: string | null;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address on file.' })
  email!: string | null;

  @Field(() => LoginProfile, { nullable: true, description: 'Administrator or viewer, for customer users and tokens.' })
  profile!: LoginProfile | null;

  @Field(() => StaffRoleName, { nullable: true, description: 'Role of a staff member.' })
  staffRole!: StaffRoleName | null;

  @Field(() => CorrespondenceLanguage, { description: 'Language of the portal and of e-mails.' })
  language!: CorrespondenceLanguage;

  @Field(() => Boolean, { description: 'Whether an e-mail announces each new invoice (NOT-1).' })
  notifyNewInvoice!: boolean;

  @Field(() => Boolean, { description: 'Whether a second factor is enrolled.' })
  secondFactorEnabled!: boolean;

  @Field(() => MeCustomer, { nullable: true, description: 'The customer acted for; null for staff.' })
  customer!: MeCustomer | null;

  @Field(() => [LinkedCustomer], { description: 'Customer numbers this person can switch to, the current one included.' })
  linkedCustomers!: LinkedCustomer[];

  @Field(() => Date, { nullable: true, description: 'When the session ends at the latest (12 h after sign-in).' })
  sessionExpiresAt!: Date | null;
}

@ObjectType({ description: 'Outcome of a sign-in step; the session cookie is set by the response.', simpleResolvers: true })
export class SignInResult {
  @Field(() => SignInStatus, { description: 'Signed in, or which step comes next.' })
  status!: SignInStatus;

  @Field(() => Me, { nullable: true, description: 'The signed-in person, once fully signed in.' })
  me!: Me | null;
}

@ObjectType({ description: 'A second factor being enrolled: add the secret to an authenticator app.', simpleResolvers: true })
export class SecondFactorEnrollment {
  @Field(() => String, { description: 'The TOTP secret in base32, to type into an app.' })
  secret!: string;

  @Field(() => String, { description: 'otpauth:// URI, to show as a QR code.' })
  otpauthUri!: string;
}

@ObjectType({ description: 'Second factor enrolled. The recovery codes are shown this once.', simpleResolvers: true })
export class SecondFactorEnrolled {
  @Field(() => [String], { description: 'Ten one-time recovery codes.' })
  recoveryCodes!: string[];

  @Field(() => SignInStatus, { description: 'SIGNED_IN when this enrollment completed a sign-in.' })
  status!: SignInStatus;
}

@InputType({ description: 'Sign-in of a customer user.' })
export class SignInInput {
  @Field(() => String, { description: '9-digit login id.' })
  loginId!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType({ description: 'Sign-in of a Customer Services staff member.' })
export class StaffSignInInput {
  @Field(() => String, { description: 'Staff e-mail address.' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType({ description: 'Activation of an access (ACC-3, ACC-4).' })
export class ActivateAccessInput {
  @Field(() => String, { description: '9-digit login id from the e-mail.' })
  loginId!: string;

  @Field(() => String, { description: 'Temporary password from the e-mail.' })
  temporaryPassword!: string;

  @Field(() => String, { description: 'The password chosen now (ACC-4 rules).' })
  newPassword!: string;
}

@InputType({ description: 'Step 1 of an activation: the credentials from the e-mail (ACC-3, #18 item 20).' })
export class ActivationCredentialsInput {
  @Field(() => String, { description: '9-digit login id from the e-mail.' })
  loginId!: string;

  @Field(() => String, { description: 'Temporary password from the e-mail.' })
  temporaryPassword!: string;
}

@ObjectType({
  description:
    'What the activation page needs once the temporary password is verified: the names the new password must not contain (ACC-4) and the language to speak (#18 item 3).',
})
export class ActivationCredentials {
  @Field(() => String, { description: 'The person’s name, as the company gave it.' })
  personName!: string;

  @Field(() => String, { description: 'The company’s name.' })
  companyName!: string;

  @Field(() => CorrespondenceLanguage, { description: 'The customer’s language of correspondence.' })
  correspondenceLanguage!: CorrespondenceLanguage;
}

@InputType({ description: 'New password from a "forgot password" link (ACC-7).' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'Token from the link.' })
  token!: string;

  @Field(() => String, { description: 'The new password (ACC-4 rules).' })
  newPassword!: string;
}

@InputType({ description: 'Change of one’s own password (PRO-6).' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'Current password.' })
  currentPassword!: string;

  @Field(() => String, { description: 'New password (ACC-4 rules).' })
  newPassword!: string;
}

@InputType({ description: 'One’s own settings (PRO-6).' })
export class MyPreferencesInput {
  @Field(() => CorrespondenceLanguage, { nullable: true, description: 'Language of the portal and e-mails.' })
  language?: CorrespondenceLanguage | null;

  @Field(() => Boolean, { nullable: true, description: 'E-mail for each new invoice.' })
  notifyNewInvoice?: boolean | null;
}

@InputType({ description: 'Link another login of the same person (ACC-11).' })
export class LinkLoginInput {
  @Field(() => String, { description: '9-digit id of the other login.' })
  loginId!: string;

  @Field(() => String, { description: 'Password of the other login, proven once.' })
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Current code (or a recovery code) of the other login’s second factor: required when it has one (ACC-10); the link is refused without it.',
  })
  secondFactorCode?: string | null;
}
