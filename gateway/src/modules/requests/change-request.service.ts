import { randomInt } from 'node:crypto';
import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager, type RequiredEntityData } from '@mikro-orm/core';
import { maskIban } from '../../core/bank-account';
import type { Principal } from '../../platform/auth/principal';
import { sha256Hex } from '../../platform/auth/secrets';
import { DomainError, badInput, notFound, type FieldProblem } from '../../platform/errors';
import { decodeCursor, keysetCondition, pageSize, toPage, type Page } from '../../platform/graphql/connection';
import type { GatewaySettings } from '../../platform/graphql/context';
import { enqueueOutboxEvents } from '../../platform/outbox/outbox.service';
import { AuditService, actorOf } from '../audit';
import { ContractService } from '../contracts';
import { Customer as CustomerEntity, CustomerService, applyCompanyDataChange, type Customer } from '../customers';
import { IdentityService, LoginDirectory, StaffAccount } from '../identity';
import { backOfficeCustomerOf } from './back-office-customer';
import { enqueueMail } from '../notifications';
import { AttachmentService } from './attachments/attachment.service';
import { ChangeRequest } from './change-request.entity';
import type { RequestQueueFilter, SubmitChangeRequestInput } from './change-request.types';
import type { BackOfficeRequest, ChangeRequestView } from './change-request.view';
import { RequestEvent } from './request-event.entity';
import { companyChangeOf, currentValuesFor, describePayload, validateChangeInput, type ChangePayload } from './request-payloads';
import { ChangeRequestStatus, ChangeRequestType, OPEN_STATUSES, RequestEventKind } from './request.enums';

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newReference = () => `REQ-${Array.from({ length: 8 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('')}`;
/**
 * How a customer sees every staff step (#18 item 10: one rule, the agents' names stay with staff);
 * the portal translates it from the entry's actorKind.
 */
export const CUSTOMER_SERVICES = 'Customer Services';
const DAY_MS = 86_400_000;

/**
 * Change requests (REQ-1 … REQ-5) and their processing in the back office (BO-2, BO-3).
 * Every customer-side read and write is scoped to the caller's customer.
 */
export class ChangeRequestService {
  private readonly audit: AuditService;

  constructor(
    private readonly em: EntityManager,
    private readonly settings: GatewaySettings,
  ) {
    this.audit = new AuditService(em);
  }

  // ——— customer side ———

  async submit(principal: Principal, input: SubmitChangeRequestInput, ip: string, now: Date): Promise<ChangeRequest> {
    if (principal.kind === 'staff') throw new DomainError('FORBIDDEN', 'Staff process requests, they do not submit them');
    const customerId = principal.customerId;
    const key = input.idempotencyKey.trim();
    if (!/^[\w-]{8,100}$/.test(key))
      throw badInput('The idempotency key is not valid', [
        { field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_INVALID', message: '8 to 100 letters, digits, _ or -' },
      ]);
    const validated = validateChangeInput(input);
    if (!validated.ok) throw badInput('Some fields are not valid', validated.problems);
    const payload = validated.payload;
    const comment = payload.type === ChangeRequestType.OTHER ? null : input.message?.trim() || null;
    const contractNumber = input.contractNumber?.trim() || null;
    const attachmentIds = [...new Set(input.attachmentIds ?? [])].sort();
    const bodyHash = sha256Hex(JSON.stringify({ payload, comment, contractNumber, attachmentIds }));

    const existing = await this.em.findOne(ChangeRequest, { customer: customerId, idempotencyKey: key });
    if (existing) return this.sameOrConflict(existing, bodyHash);

    const problems: FieldProblem[] = [];
    if (contractNumber && !(await new ContractService(this.em).hasContract(customerId, contractNumber))) {
      problems.push({ field: 'contractNumber', code: 'CONTRACT_NOT_FOUND', message: 'Not one of your contracts' });
    }
    const customer = await new CustomerService(this.em).getCustomer(customerId);
    const unchanged = this.unchangedField(customer, payload);
    if (unchanged) problems.push({ field: unchanged, code: 'UNCHANGED', message: 'This is already the current value' });
    if (problems.length) throw badInput('Some fields are not valid', problems);

    if (payload.type === ChangeRequestType.BANK_DETAILS) {
      // REQ-4: the classic fraud target needs the person, and their password again.
      if (principal.kind !== 'customer-user')
        throw new DomainError('FORBIDDEN', 'A bank-details change must be submitted by a signed-in administrator');
      const login = await new LoginDirectory(this.em).byRef(principal.userId, { withCustomer: true });
      if (!login) throw notFound('Login');
      if (!input.password) throw badInput('Confirm with your password', [{ field: 'password', code: 'REQUIRED', message: 'Required' }]);
      await new IdentityService(this.em, this.settings).confirmPassword(login, input.password, ip, now);
    }

    const submitter = await this.actorName(principal);
    try {
      return await this.em.fork().transactional(async (em) => {
        const request = em.create(ChangeRequest, {
          reference: newReference(),
          customer: em.getReference(CustomerEntity, customerId),
          type: payload.type,
          status: ChangeRequestStatus.SUBMITTED,
          payloadJson: JSON.stringify(payload),
          snapshotJson: JSON.stringify(currentValuesFor(customer, payload, true)),
          contractNumber,
          submittedByRef: principal.kind === 'customer-user' ? principal.userId : principal.tokenId,
          submittedByName: submitter,
          idempotencyKey: key,
          bodyHash,
          createdAt: now,
          updatedAt: now,
        });
        addEvent(em, request, {
          kind: RequestEventKind.SUBMITTED,
          actorKind: 'customer',
          actorName: submitter,
          comment,
          createdAt: now,
          updatedAt: now,
        });
        if (attachmentIds.length) await new AttachmentService(em).claimForRequest(customerId, attachmentIds, request.id, 0);
        new AuditService(em).record({
          customerRef: customerId,
          actor: actorOf(principal, submitter),
          action: 'request.submitted',
          entityType: 'change_request',
          entityRef: request.reference,
          after: describePayload(payload, false),
          at: now,
        });
        if (payload.type === ChangeRequestType.BANK_DETAILS)
          await this.mailAdministrators(em, customer, request, payload, 'bank-details-announced', submitter, now);
        return request;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        // REQ-5: a concurrent twin with the same key won the race.
        const twin = await this.em.fork().findOne(ChangeRequest, { customer: customerId, idempotencyKey: key });
        if (twin) return this.sameOrConflict(twin, bodyHash);
      }
      throw error;
    }
  }

  /** REQ-3: the customer answers a question of Customer Services, with text and new documents. */
  async answer(principal: Principal, requestId: string, comment: string, attachmentIds: string[], now: Date): Promise<ChangeRequest> {
    if (principal.kind === 'staff') throw new DomainError('FORBIDDEN', 'Staff process requests, they do not answer them');
    const request = await this.getForCustomer(principal.customerId, requestId);
    if (request.status !== ChangeRequestStatus.MORE_INFORMATION_NEEDED) {
      throw badInput('Customer Services is not waiting for an answer on this request', [], 'NOT_AWAITING_ANSWER');
    }
    const text = comment.trim();
    if (text.length < 2 || text.length > 4000)
      throw badInput('Write an answer', [{ field: 'comment', code: 'REQUIRED', message: '2 to 4000 characters' }]);
    const name = await this.actorName(principal);
    const already = (await new AttachmentService(this.em).listForRequests([request.id])).get(request.id) ?? [];
    if (attachmentIds.length)
      await new AttachmentService(this.em).claimForRequest(principal.customerId, [...new Set(attachmentIds)], request.id, already.length);
    this.resetFirstApproval(request, now);
    request.status = request.assigneeRef ? ChangeRequestStatus.IN_PROGRESS : ChangeRequestStatus.SUBMITTED;
    addEvent(this.em, request, {
      kind: RequestEventKind.ANSWERED,
      actorKind: 'customer',
      actorName: name,
      comment: text,
      createdAt: now,
      updatedAt: now,
    });
    this.audit.record({
      customerRef: principal.customerId,
      actor: actorOf(principal, name),
      action: 'request.answered',
      entityType: 'change_request',
      entityRef: request.reference,
      at: now,
    });
    await this.flush();
    return request;
  }

  async listForCustomer(
    customerId: string,
    statuses: ChangeRequestStatus[] | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ChangeRequest>> {
    const size = pageSize(first);
    const where = { customer: customerId, ...(statuses?.length ? { status: { $in: statuses } } : {}) };
    const cursor = after ? decodeCursor(after, 'epoch-ms') : null;
    const rows = await this.em.find(
      ChangeRequest,
      cursor ? { $and: [where, keysetCondition('createdAt', 'desc', { key: new Date(cursor.key), id: cursor.id })] } : where,
      {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: size + 1,
      },
    );
    return toPage(
      rows,
      size,
      (r) => r.createdAt.getTime(),
      cursor !== null,
      () => this.em.count(ChangeRequest, where),
    );
  }

  async getForCustomer(customerId: string, requestId: string): Promise<ChangeRequest> {
    const request = await this.em.findOne(ChangeRequest, { id: requestId, customer: customerId });
    if (!request) throw notFound('Request');
    return request;
  }

  // ——— back office ———

  async queue(
    staffId: string,
    filter: RequestQueueFilter,
    first: number | null | undefined,
    after: string | null | undefined,
    now: Date,
  ): Promise<Page<ChangeRequest>> {
    const size = pageSize(first);
    const conditions: object[] = [{ status: { $in: filter.statuses?.length ? filter.statuses : OPEN_STATUSES } }];
    if (filter.types?.length) conditions.push({ type: { $in: filter.types } });
    if (filter.olderThanDays != null) {
      if (!Number.isInteger(filter.olderThanDays) || filter.olderThanDays < 0 || filter.olderThanDays > 3650) {
        throw badInput('Age is not valid', [{ field: 'olderThanDays', code: 'AGE_INVALID', message: '0 to 3650 days' }]);
      }
      conditions.push({ createdAt: { $lte: new Date(now.getTime() - filter.olderThanDays * DAY_MS) } });
    }
    if (filter.mine) conditions.push({ assigneeRef: staffId });
    if (filter.customerNumber?.trim()) conditions.push({ customer: { customerNumber: filter.customerNumber.trim() } });
    const where = { $and: conditions };
    const cursor = after ? decodeCursor(after, 'epoch-ms') : null;
    const rows = await this.em.find(
      ChangeRequest,
      cursor ? { $and: [where, keysetCondition('createdAt', 'asc', { key: new Date(cursor.key), id: cursor.id })] } : where,
      {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        limit: size + 1,
      },
    );
    return toPage(
      rows,
      size,
      (r) => r.createdAt.getTime(),
      cursor !== null,
      () => this.em.count(ChangeRequest, where),
    );
  }

  async getAny(requestId: string): Promise<ChangeRequest> {
    const request = await this.em.findOne(ChangeRequest, { id: requestId });
    if (!request) throw notFound('Request');
    return request;
  }

  async take(staff: StaffAccount, requestId: string, now: Date): Promise<ChangeRequest> {
    const request = await this.openRequest(requestId);
    const wasNew = request.status === ChangeRequestStatus.SUBMITTED;
    request.assigneeRef = staff.id;
    if (wasNew) request.status = ChangeRequestStatus.IN_PROGRESS;
    addEvent(this.em, request, {
      kind: RequestEventKind.TAKEN,
      actorKind: 'staff',
      actorName: staff.name,
      visibleToCustomer: wasNew,
      createdAt: now,
      updatedAt: now,
    });
    this.staffAudit(staff, request, 'request.taken', now);
    if (wasNew) await this.mailSubmitter(request, null, now);
    await this.flush();
    return request;
  }

  async askForInformation(staff: StaffAccount, requestId: string, comment: string, now: Date): Promise<ChangeRequest> {
    const request = await this.openRequest(requestId);
    const text = comment.trim();
    if (text.length < 5 || text.length > 4000)
      throw badInput('Write the question for the customer', [{ field: 'comment', code: 'REQUIRED', message: '5 to 4000 characters' }]);
    this.resetFirstApproval(request, now);
    request.status = ChangeRequestStatus.MORE_INFORMATION_NEEDED;
    request.assigneeRef ??= staff.id;
    addEvent(this.em, request, {
      kind: RequestEventKind.INFORMATION_REQUESTED,
      actorKind: 'staff',
      actorName: staff.name,
      comment: text,
      createdAt: now,
      updatedAt: now,
    });
    this.staffAudit(staff, request, 'request.information-requested', now);
    await this.mailSubmitter(request, text, now);
    await this.flush();
    return request;
  }

  /** BO-3 / REQ-4: approve and apply; a bank-details change needs two different approvers. */
  async approve(staff: StaffAccount, requestId: string, now: Date): Promise<ChangeRequest> {
    const request = await this.openRequest(requestId);
    if (request.status === ChangeRequestStatus.MORE_INFORMATION_NEEDED)
      throw badInput('Wait for the customer’s answer first', [], 'AWAITING_CUSTOMER');
    const payload = JSON.parse(request.payloadJson) as ChangePayload;
    if (payload.type === ChangeRequestType.BANK_DETAILS && !request.firstApproverRef) {
      request.firstApproverRef = staff.id;
      request.firstApprovedAt = now;
      request.status = ChangeRequestStatus.IN_PROGRESS;
      request.assigneeRef ??= staff.id;
      addEvent(this.em, request, {
        kind: RequestEventKind.FIRST_APPROVAL,
        actorKind: 'staff',
        actorName: staff.name,
        visibleToCustomer: false,
        createdAt: now,
        updatedAt: now,
      });
      this.staffAudit(staff, request, 'request.first-approval', now);
      await this.flush();
      return request;
    }
    if (payload.type === ChangeRequestType.BANK_DETAILS && request.firstApproverRef === staff.id) {
      throw new DomainError('FORBIDDEN', 'A second, different agent must approve a bank-details change', { reason: 'SAME_APPROVER' });
    }
    const change = companyChangeOf(payload);
    const customerId = request.customer.id;
    if (change) {
      const { before, after } = await applyCompanyDataChange(this.em, customerId, change, now);
      this.audit.record({
        customerRef: customerId,
        actor: actorOf({ kind: 'staff', staffId: staff.id, role: staff.role }, staff.name),
        action: `company.${payload.type.toLowerCase()}.changed`,
        entityType: 'customer',
        entityRef: customerId,
        before: maskValues(before),
        after: maskValues(after),
        at: now,
      });
      const customer = await new CustomerService(this.em).getCustomer(customerId);
      // INT-2: the core system picks the applied change up from the outbox and acknowledges it.
      enqueueOutboxEvents(
        this.em,
        [
          {
            topic: 'core.change-applied',
            deduplicationKey: `core.change-applied:${request.id}`,
            payload: {
              reference: request.reference,
              customerNumber: customer.customerNumber,
              type: payload.type,
              values: after,
              appliedAt: now.toISOString(),
            },
          },
        ],
        now,
      );
      if (payload.type === ChangeRequestType.BANK_DETAILS)
        await this.mailAdministrators(this.em, customer, request, payload, 'bank-details-applied', staff.name, now);
    }
    request.status = ChangeRequestStatus.COMPLETED;
    request.closedAt = now;
    request.assigneeRef ??= staff.id;
    addEvent(this.em, request, {
      kind: RequestEventKind.COMPLETED,
      actorKind: 'staff',
      actorName: staff.name,
      createdAt: now,
      updatedAt: now,
    });
    this.staffAudit(staff, request, 'request.completed', now);
    await this.mailSubmitter(request, null, now);
    await this.flush();
    return request;
  }

  async reject(staff: StaffAccount, requestId: string, reason: string, now: Date): Promise<ChangeRequest> {
    const request = await this.openRequest(requestId);
    const text = reason.trim();
    if (text.length < 5 || text.length > 4000)
      throw badInput('Give the reason', [{ field: 'reason', code: 'REQUIRED', message: '5 to 4000 characters' }]);
    request.status = ChangeRequestStatus.REJECTED;
    request.rejectionReason = text;
    request.closedAt = now;
    addEvent(this.em, request, {
      kind: RequestEventKind.REJECTED,
      actorKind: 'staff',
      actorName: staff.name,
      comment: text,
      createdAt: now,
      updatedAt: now,
    });
    this.staffAudit(staff, request, 'request.rejected', now);
    await this.mailSubmitter(request, text, now);
    await this.flush();
    return request;
  }

  // ——— views ———

  viewOf(request: ChangeRequest, staffView: boolean): ChangeRequestView {
    const payload = JSON.parse(request.payloadJson) as ChangePayload;
    return {
      id: request.id,
      reference: request.reference,
      type: request.type,
      status: request.status,
      createdAt: request.createdAt,
      updatedAt: request.updatedAt,
      contractNumber: request.contractNumber ?? null,
      submittedByName: request.submittedByName,
      requestedChange: describePayload(payload, false),
      rejectionReason: request.rejectionReason ?? null,
      awaitingAnswer: request.status === ChangeRequestStatus.MORE_INFORMATION_NEEDED,
      staffView,
    };
  }

  async backOfficeViewOf(request: ChangeRequest, now: Date): Promise<BackOfficeRequest> {
    const payload = JSON.parse(request.payloadJson) as ChangePayload;
    const customer = await new CustomerService(this.em).getCustomer(request.customer.id);
    const staffIds = [request.assigneeRef, request.firstApproverRef].filter((id): id is string => Boolean(id));
    const staff = await new LoginDirectory(this.em).staffByRefs(staffIds);
    const nameOf = (id: string | null | undefined) => (id ? (staff.find((s) => s.id === id)?.name ?? null) : null);
    return {
      id: request.id,
      request: this.viewOf(request, true),
      customer: backOfficeCustomerOf(customer, await new LoginDirectory(this.em).countLoginsOf(customer.id)),
      currentValues: currentValuesFor(customer, payload, true),
      requestedValues: describePayload(payload, true),
      assigneeName: nameOf(request.assigneeRef),
      firstApproverName: nameOf(request.firstApproverRef),
      nextApprovalCompletes: payload.type !== ChangeRequestType.BANK_DETAILS || Boolean(request.firstApproverRef),
      ageInDays: Math.floor((now.getTime() - request.createdAt.getTime()) / DAY_MS),
    };
  }

  async eventsOf(requestIds: readonly string[]): Promise<Map<string, RequestEvent[]>> {
    const events = await this.em.find(RequestEvent, { request: { $in: [...requestIds] } }, { orderBy: [{ sequence: 'asc' }] });
    const map = new Map<string, RequestEvent[]>();
    for (const event of events) map.set(event.request.id, [...(map.get(event.request.id) ?? []), event]);
    return map;
  }

  // ——— internals ———

  private sameOrConflict(existing: ChangeRequest, bodyHash: string): ChangeRequest {
    if (existing.bodyHash === bodyHash) return existing;
    throw badInput(
      'This idempotency key was already used for a different request',
      [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED', message: 'Use a new key for a new request' }],
      'IDEMPOTENCY_KEY_REUSED',
    );
  }

  private async openRequest(requestId: string): Promise<ChangeRequest> {
    const request = await this.getAny(requestId);
    if (!OPEN_STATUSES.includes(request.status)) throw badInput('This request is already closed', [], 'REQUEST_CLOSED');
    return request;
  }

  /** REQ-4: any edit after a first approval cancels it. */
  private resetFirstApproval(request: ChangeRequest, now: Date): void {
    if (!request.firstApproverRef) return;
    request.firstApproverRef = null;
    request.firstApprovedAt = null;
    addEvent(this.em, request, {
      kind: RequestEventKind.APPROVAL_RESET,
      actorKind: 'staff',
      actorName: CUSTOMER_SERVICES,
      visibleToCustomer: false,
      createdAt: now,
      updatedAt: now,
    });
  }

  private unchangedField(customer: Customer, payload: ChangePayload): string | null {
    switch (payload.type) {
      case ChangeRequestType.ENTERPRISE_NUMBER:
        return payload.enterpriseNumber === customer.enterpriseNumber ? 'enterpriseNumber' : null;
      case ChangeRequestType.BANK_DETAILS:
        return payload.iban === customer.iban ? 'bankDetails.iban' : null;
      case ChangeRequestType.COMPANY_NAME:
        return payload.name === customer.name && payload.legalForm === (customer.legalForm ?? null) ? 'companyName.name' : null;
      default:
        return null;
    }
  }

  private async actorName(principal: Principal): Promise<string> {
    const directory = new LoginDirectory(this.em);
    if (principal.kind === 'customer-user') return (await directory.byRef(principal.userId))?.name ?? 'Customer';
    if (principal.kind === 'api-token') return `${(await directory.tokenByRef(principal.tokenId))?.name ?? 'Integration'} (token)`;
    return (await directory.staffByRef(principal.staffId))?.name ?? CUSTOMER_SERVICES;
  }

  private staffAudit(staff: StaffAccount, request: ChangeRequest, action: string, now: Date): void {
    this.audit.record({
      customerRef: request.customer.id,
      actor: { kind: 'staff', ref: staff.id, name: staff.name },
      action,
      entityType: 'change_request',
      entityRef: request.reference,
      at: now,
    });
  }

  /** NOT-2: the submitter hears of each status change (tokens have no mailbox). */
  private async mailSubmitter(request: ChangeRequest, comment: string | null, now: Date): Promise<void> {
    const login = await new LoginDirectory(this.em).byRef(request.submittedByRef, { activeOnly: true });
    if (!login) return;
    enqueueMail(
      this.em,
      {
        to: login.email,
        language: login.language,
        template: {
          kind: 'request-status',
          name: login.name,
          requestId: request.id,
          reference: request.reference,
          status: request.status,
          comment,
          portalUrl: this.settings.publicUrl,
        },
      },
      now,
    );
  }

  private async mailAdministrators(
    em: EntityManager,
    customer: Customer,
    request: ChangeRequest,
    payload: ChangePayload,
    kind: 'bank-details-announced' | 'bank-details-applied',
    submittedBy: string,
    now: Date,
  ): Promise<void> {
    if (payload.type !== ChangeRequestType.BANK_DETAILS) return;
    const admins = await new LoginDirectory(em).activeAdministratorsOf(customer.id);
    for (const admin of admins) {
      const common = {
        name: admin.name,
        companyName: customer.name,
        maskedIban: maskIban(payload.iban),
        reference: request.reference,
        portalUrl: this.settings.publicUrl,
      };
      enqueueMail(
        em,
        {
          to: admin.email,
          language: admin.language,
          template: kind === 'bank-details-announced' ? { kind, ...common, requestId: request.id, submittedBy } : { kind, ...common },
        },
        now,
      );
    }
  }

  private async flush(): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError)
        throw badInput('Someone else changed this request meanwhile: reload it', [], 'REQUEST_CHANGED_MEANWHILE');
      throw error;
    }
  }
}

/** Appends a step to the request's history with the next sequence number. */
function addEvent(em: EntityManager, request: ChangeRequest, data: Omit<RequiredEntityData<RequestEvent>, 'request' | 'sequence'>): void {
  request.eventCount += 1;
  em.create(RequestEvent, { ...data, request, sequence: request.eventCount });
}

/** Audit values never hold a full IBAN. */
function maskValues(values: Record<string, string | null>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k === 'iban' && v ? maskIban(v) : v]));
}
