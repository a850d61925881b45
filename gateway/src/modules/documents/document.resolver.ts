import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { formatStructuredReference } from '../../core/structured-reference';
import { customerScopeOf, Role } from '../../platform/auth/principal';
import { connectionOf } from '../../platform/graphql/connection';
import type { GraphQLContext } from '../../platform/graphql/context';
import { Batch } from './batch.types';
import { DocumentLine } from './document-line.entity';
import { Document } from './document.entity';
import { DocumentKind, PaymentStatus } from './document.enums';
import { BatchesArgs, DocumentsArgs } from './document.inputs';
import { DocumentService, paymentStatusOf } from './document.service';
import type { DocumentLineView, DocumentView } from './document-views';

export const DocumentConnection = connectionOf<Document, DocumentView>('Document', Document, 'A page of documents, newest first.');
export type DocumentConnection = InstanceType<typeof DocumentConnection>;
export const BatchConnection = connectionOf('Batch', Batch, 'A page of invoicing batches, newest first.');
export type BatchConnection = InstanceType<typeof BatchConnection>;

const linesLoader = (ctx: GraphQLContext) =>
  new DataLoader<string, DocumentLineView[]>(async (ids) => {
    const byDocument = await new DocumentService(ctx.em).lineViewsByDocument(ids);
    return ids.map((id) => byDocument.get(id) ?? []);
  });

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized(Role.CustomerReader)
  @Query(() => DocumentConnection, {
    description: "The caller's documents, newest first, by default the last 12 months (DOC-1, DOC-2).",
  })
  async documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: GraphQLContext): Promise<DocumentConnection> {
    const page = await new DocumentService(ctx.em).listDocuments(customerScopeOf(ctx.principal), ctx.today, args);
    return DocumentConnection.from(page);
  }

  @Authorized(Role.CustomerReader)
  @Query(() => Document, { description: 'One document of the caller; NOT_FOUND for unknown ids and ids of other customers.' })
  document(@Arg('id', () => ID, { description: 'Document id.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Document> {
    return new DocumentService(ctx.em).getDocument(customerScopeOf(ctx.principal), id);
  }

  @Authorized(Role.CustomerReader)
  @Query(() => BatchConnection, { description: "The caller's invoicing batches, newest first (DOC-5)." })
  async batches(@Args(() => BatchesArgs) args: BatchesArgs, @Ctx() ctx: GraphQLContext): Promise<BatchConnection> {
    return BatchConnection.from(await new DocumentService(ctx.em).listBatches(customerScopeOf(ctx.principal), args));
  }

  @Authorized(Role.CustomerReader)
  @Query(() => Batch, { description: 'One invoicing batch of the caller by number; NOT_FOUND otherwise.' })
  batch(
    @Arg('number', () => String, { description: 'Batch number, e.g. B2026-11.' }) batchNumber: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Batch> {
    return new DocumentService(ctx.em).getBatch(customerScopeOf(ctx.principal), batchNumber.trim());
  }

  @FieldResolver(() => PaymentStatus, { nullable: true, description: 'Paid, open or overdue as of today; null for amortization tables.' })
  paymentStatus(@Root() document: DocumentView, @Ctx() ctx: GraphQLContext): PaymentStatus | null {
    return paymentStatusOf(document, ctx.today);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Belgian structured payment reference, e.g. +++123/4567/89002+++ (DOC-9); null when none.',
  })
  structuredReference(@Root() document: DocumentView): string | null {
    return document.structuredReference ? formatStructuredReference(document.structuredReference) : null;
  }

  @FieldResolver(() => String, {
    description:
      'Path of the PDF (DOC-3), relative to the gateway; add ?download=1 to get it as an attachment. Needs the same session or token.',
  })
  pdfUrl(@Root() document: DocumentView): string {
    return `/documents/${encodeURIComponent(document.id)}/pdf`;
  }

  @FieldResolver(() => String, { description: 'Path of the print-friendly HTML view (DOC-3), relative to the gateway.' })
  printUrl(@Root() document: DocumentView): string {
    return `/documents/print/${encodeURIComponent(document.id)}`;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Path of the Peppol BIS Billing 3.0 UBL file (DOC-6), relative to the gateway; null for amortization tables.',
  })
  ublUrl(@Root() document: DocumentView): string | null {
    return document.kind === DocumentKind.AMORTIZATION_TABLE ? null : `/documents/${encodeURIComponent(document.id)}/ubl`;
  }

  @FieldResolver(() => [DocumentLine], { description: 'Invoice lines; empty for amortization tables.' })
  lines(@Root() document: DocumentView, @Ctx() ctx: GraphQLContext): Promise<DocumentLineView[]> {
    return ctx.loaders.get(linesLoader).load(document.id);
  }
}
