import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../platform/graphql/context';

@ObjectType({ description: 'How to reach Customer Services (HLP-2).', simpleResolvers: true })
export class CustomerServicesContact {
  @Field(() => String, { description: 'E-mail address.' })
  email!: string;

  @Field(() => String, { description: 'Phone number.' })
  phone!: string;
}

@Resolver()
export class HelpResolver {
  @Query(() => CustomerServicesContact, {
    description: 'Customer Services contact details; public. Quote your contract number in every message (HLP-2).',
  })
  customerServicesContact(@Ctx() ctx: GraphQLContext): CustomerServicesContact {
    return { email: ctx.settings.customerServicesEmail, phone: ctx.settings.customerServicesPhone };
  }
}
