import { randomUUID } from 'node:crypto';
import { graphql, type GraphQLObjectType } from 'graphql';
import { Arg, buildSchema, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../platform/errors';
import { authChecker } from '../../../platform/graphql/auth-checker';
import { fixtureBatch } from '../../../test/fixtures';
import { startTestGateway, type TestGateway } from '../../../test/test-gateway';
import { Customer } from '../../customers';
import { Attachment } from './attachment.entity';
import { AttachmentService } from './attachment.service';
import { AttachmentInfo, attachmentInfoOf } from './attachment.types';

let t: TestGateway;
let atelier: string;
let peeters: string;
const REQUEST = '11111111-1111-4111-8111-111111111111';
const OTHER_REQUEST = '22222222-2222-4222-8222-222222222222';

/** An uploaded attachment row (the upload route is tested on its own). */
async function uploaded(customerId: string, fileName: string, requestRef: string | null = null): Promise<string> {
  const em = t.orm.em.fork();
  const attachment = em.create(Attachment, {
    customer: customerId,
    uploadedByRef: randomUUID(),
    uploadedByKind: 'customer',
    requestRef,
    fileName,
    mediaType: 'application/pdf',
    sizeBytes: 1234,
    sha256: 'a'.repeat(64),
    storageKey: randomUUID(),
  });
  await em.flush();
  return attachment.id;
}

const requestRefOf = async (id: string) => (await t.orm.em.fork().findOneOrFail(Attachment, { id })).requestRef;

async function refusal(work: () => Promise<unknown>): Promise<{ code: string; message: string; details: unknown }> {
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  const domain = error as DomainError;
  return { code: domain.code, message: domain.message, details: domain.details };
}

beforeAll(async () => {
  t = await startTestGateway();
  await t.ingest(fixtureBatch());
  const em = t.orm.em.fork();
  atelier = (await em.findOneOrFail(Customer, { customerNumber: '10000001' })).id;
  peeters = (await em.findOneOrFail(Customer, { customerNumber: '10000002' })).id;
});
afterAll(async () => t.close());

describe('AttachmentService.claimForRequest (REQ-2)', () => {
  it('ties the customer’s free attachments to the request, in the order given, written by the caller’s flush', async () => {
    const first = await uploaded(atelier, 'statuts.pdf');
    const second = await uploaded(atelier, 'extrait.pdf');
    const em = t.orm.em.fork();
    const claimed = await new AttachmentService(em).claimForRequest(atelier, [second, first], REQUEST, 0);
    expect(claimed.map((a) => [a.id, a.fileName, a.requestRef])).toEqual([
      [second, 'extrait.pdf', REQUEST],
      [first, 'statuts.pdf', REQUEST],
    ]);
    // not flushed: the request's own transaction writes it
    expect(await requestRefOf(first)).toBeNull();
    await em.flush();
    expect([await requestRefOf(first), await requestRefOf(second)]).toEqual([REQUEST, REQUEST]);
  });

  it('answers the same ATTACHMENT_NOT_FOUND for an unknown, a foreign, an already claimed and a malformed id, and changes nothing', async () => {
    const mine = await uploaded(atelier, 'mine.pdf');
    const foreign = await uploaded(peeters, 'theirs.pdf');
    const claimed = await uploaded(atelier, 'claimed.pdf', OTHER_REQUEST);
    const expected = {
      code: 'BAD_USER_INPUT',
      message: 'Some documents cannot be attached',
      details: {
        fields: [
          {
            field: 'attachmentIds',
            code: 'ATTACHMENT_NOT_FOUND',
            message: 'Upload the document again: it was not found or is already attached',
          },
        ],
        reason: undefined,
      },
    };
    for (const bad of [randomUUID(), foreign, claimed, 'not-an-id', "' or 1=1 --"]) {
      const em = t.orm.em.fork();
      expect(await refusal(() => new AttachmentService(em).claimForRequest(atelier, [mine, bad], REQUEST, 0)), bad).toEqual(expected);
      await em.flush();
    }
    expect([await requestRefOf(mine), await requestRefOf(foreign), await requestRefOf(claimed)]).toEqual([null, null, OTHER_REQUEST]);
  });

  it.each([
    [0, 6, 'At most 5 documents per request (0 already attached)'],
    [3, 3, 'At most 5 documents per request (3 already attached)'],
    [5, 1, 'At most 5 documents per request (5 already attached)'],
  ])('refuses %i already attached + %i more with TOO_MANY_ATTACHMENTS', async (already, count, message) => {
    const ids = await Promise.all(Array.from({ length: count }, (_, i) => uploaded(atelier, `page-${i}.pdf`)));
    const em = t.orm.em.fork();
    expect(await refusal(() => new AttachmentService(em).claimForRequest(atelier, ids, REQUEST, already))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'A request takes at most 5 documents',
      details: { fields: [{ field: 'attachmentIds', code: 'TOO_MANY_ATTACHMENTS', message }], reason: undefined },
    });
    await em.flush();
    expect(await Promise.all(ids.map(requestRefOf))).toEqual(ids.map(() => null));
  });

  it('accepts exactly 5 in all, counts a repeated id once, and takes an empty list', async () => {
    const ids = await Promise.all([uploaded(atelier, 'a.pdf'), uploaded(atelier, 'b.pdf')]);
    const request = randomUUID();
    const em = t.orm.em.fork();
    const service = new AttachmentService(em);
    expect((await service.claimForRequest(atelier, [ids[0]!, ids[1]!, ids[0]!], request, 3)).map((a) => a.id)).toEqual(ids);
    expect(await service.claimForRequest(atelier, [], request, 5)).toEqual([]);
    await em.flush();
    expect(await Promise.all(ids.map(requestRefOf))).toEqual([request, request]);
  });
});

describe('AttachmentService lists', () => {
  it('lists one request’s attachments, and those of many requests in one query', async () => {
    const request = randomUUID();
    const other = randomUUID();
    const first = await uploaded(atelier, 'first.pdf', request);
    const second = await uploaded(atelier, 'second.pdf', request);
    await uploaded(atelier, 'third.pdf', other);
    const service = new AttachmentService(t.orm.em.fork());
    expect((await service.listForRequest(request)).map((a) => a.id).sort()).toEqual([first, second].sort());
    let lists = new Map<string, Attachment[]>();
    const statements = await t.countStatements(async () => {
      lists = await service.listForRequests([request, other, 'none']);
    });
    expect(statements).toBe(1);
    expect([...lists].map(([ref, list]) => [ref, list.map((a) => a.fileName).sort()])).toEqual([
      [request, ['first.pdf', 'second.pdf']],
      [other, ['third.pdf']],
      ['none', []],
    ]);
  });
});

@Resolver()
class AttachmentProbeResolver {
  @Query(() => [AttachmentInfo], { description: 'Test probe: the attachments of a request.' })
  async attachmentsOf(@Arg('requestRef', () => String) requestRef: string): Promise<AttachmentInfo[]> {
    return (await new AttachmentService(t.orm.em.fork()).listForRequest(requestRef)).map(attachmentInfoOf);
  }
}

describe('AttachmentInfo (GraphQL)', () => {
  it('describes every field and gives the download URL', async () => {
    const schema = await buildSchema({ resolvers: [AttachmentProbeResolver], authChecker, validate: false });
    const type = schema.getType('AttachmentInfo') as GraphQLObjectType;
    expect(type.description).toBe('A supporting document attached to a change request (REQ-2).');
    const fields = Object.values(type.getFields());
    expect(fields.map((f) => f.name)).toEqual(['id', 'fileName', 'mediaType', 'sizeBytes', 'createdAt', 'downloadUrl']);
    expect(fields.filter((f) => !f.description)).toEqual([]);

    const request = randomUUID();
    const id = await uploaded(atelier, 'Statuts coordonnés.pdf', request);
    const stored = await t.orm.em.fork().findOneOrFail(Attachment, { id });
    const result = await graphql({
      schema,
      source: `query($r: String!) { attachmentsOf(requestRef: $r) { id fileName mediaType sizeBytes createdAt downloadUrl } }`,
      variableValues: { r: request },
    });
    expect(result).toEqual({
      data: {
        attachmentsOf: [
          {
            id,
            fileName: 'Statuts coordonnés.pdf',
            mediaType: 'application/pdf',
            sizeBytes: 1234,
            createdAt: stored.createdAt.toISOString(),
            downloadUrl: `/attachments/${id}`,
          },
        ],
      },
    });
  });
});
