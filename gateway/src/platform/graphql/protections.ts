import type { NextFunction, Request, Response } from 'express';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/** API-4 limits. A contracts page with assets and installments is depth 6 and costs ~300. */
export const LIMITS = { depth: 10, aliases: 15, cost: 20_000, queryCharacters: 20_000 } as const;

/** Report the refusal as a validation error (GRAPHQL_VALIDATION_FAILED) instead of throwing. */
const reportInstead = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function protectionRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: LIMITS.depth, exposeLimits: true, ...reportInstead }),
    maxAliasesRule({ n: LIMITS.aliases, exposeLimits: true, ...reportInstead }),
    costLimitRule({ maxCost: LIMITS.cost, exposeLimits: true, ...reportInstead }),
  ] as unknown as ValidationRule[];
}

/** Refuses oversized documents before Apollo parses them (stands in for a token limit). */
export function querySizeGuard(req: Request, res: Response, next: NextFunction): void {
  const query: unknown = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
  if (typeof query === 'string' && query.length > LIMITS.queryCharacters) {
    res.status(400).json({
      errors: [{ message: `The query is longer than ${LIMITS.queryCharacters} characters`, extensions: { code: 'BAD_USER_INPUT' } }],
    });
    return;
  }
  next();
}
