import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { within } from '@testing-library/react';
import { AnswerChangeRequestMutation, ChangeRequestDetailQuery, SubmitChangeRequestMutation } from '../api/requests.operations';
import { detail } from '../../../test/request-fixtures';
import { renderRequestsTab } from '../../../test/render-tab';

const KEY = '11111111-2222-4333-8444-555555555555';
const MESSAGE = 'Please update the contact person for invoices.';

beforeEach(() => {
  vi.spyOn(crypto, 'randomUUID').mockReturnValue(KEY);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function submitted(attachmentIds?: string[]) {
  return [
    {
      request: {
        query: SubmitChangeRequestMutation,
        variables: { input: { type: 'OTHER', idempotencyKey: KEY, ...(attachmentIds ? { attachmentIds } : {}), message: MESSAGE } },
      },
      result: { data: { submitChangeRequest: { __typename: 'ChangeRequest', id: 'r1', reference: 'DEM-2026-0001', status: 'SUBMITTED' } } },
    },
    { request: { query: ChangeRequestDetailQuery, variables: { id: 'r1' } }, result: { data: detail({ status: 'SUBMITTED' }) } },
  ];
}

/** The gateway's /uploads, answered at the network level. */
function uploadsAnswer(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const pdf = () => new File(['%PDF-1.7 scan'], 'scan.pdf', { type: 'application/pdf' });

describe('a request never goes out without a file the user chose (#18 item 5, REQ-2)', () => {
  it('does not send while a chosen file is refused, says why, and sends once the user removed it', async () => {
    const user = userEvent.setup();
    const uploads = vi.fn(async () =>
      uploadsAnswer(422, {
        error: { code: 'BAD_USER_INPUT', files: [{ name: 'scan.pdf', code: 'FILE_TYPE_NOT_ALLOWED', message: 'not a PDF' }] },
      }),
    );
    vi.stubGlobal('fetch', uploads);
    await renderRequestsTab({ language: 'en', route: '/requests/new?type=OTHER', mocks: submitted() });
    await user.type(screen.getByLabelText('Describe the change you need *'), MESSAGE);
    await user.upload(screen.getByLabelText('Supporting documents'), pdf());
    expect(await screen.findByText('scan.pdf is not attached: Only PDF, JPEG and PNG files are accepted.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Send the request' }));
    expect(
      await screen.findByText('A file you chose was refused. Choose another one or remove it before sending the request.'),
    ).toBeTruthy();
    expect(screen.queryByText('Your request DEM-2026-0001 was submitted.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Do not attach scan.pdf' }));
    expect(screen.queryByText(/A file you chose was refused/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send the request' }));
    expect(await screen.findByText('Your request DEM-2026-0001 was submitted.')).toBeTruthy();
    expect(uploads).toHaveBeenCalledTimes(1);
  });

  it('does not send while a file is still uploading, says why, then sends it with the file (FR)', async () => {
    const user = userEvent.setup();
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    await renderRequestsTab({ language: 'fr', route: '/requests/new?type=OTHER', mocks: submitted(['att-1']) });
    await user.type(screen.getByLabelText('Décrivez la modification souhaitée *'), MESSAGE);
    await user.upload(screen.getByLabelText('Pièces justificatives'), pdf());
    expect(await screen.findByText('Envoi des fichiers…')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(
      await screen.findByText('Les fichiers sont encore en cours d’envoi. Attendez la fin de l’envoi pour envoyer la demande.'),
    ).toBeTruthy();

    answer(uploadsAnswer(201, { attachments: [{ id: 'att-1', fileName: 'scan.pdf', mediaType: 'application/pdf', sizeBytes: 13 }] }));
    expect(await screen.findByText(/scan\.pdf \(13/)).toBeTruthy();
    expect(screen.queryByText(/encore en cours d’envoi/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByText('Votre demande DEM-2026-0001 a bien été introduite.')).toBeTruthy();
  });

  it('the answer to Customer Services is not sent either while a chosen file is refused (EN)', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        uploadsAnswer(422, {
          error: { code: 'BAD_USER_INPUT', files: [{ name: 'scan.pdf', code: 'FILE_TYPE_NOT_ALLOWED', message: 'not a PDF' }] },
        }),
      ),
    );
    const answered = vi.fn();
    await renderRequestsTab({
      language: 'en',
      route: '/requests/r1',
      mocks: [
        { request: { query: ChangeRequestDetailQuery, variables: { id: 'r1' } }, result: { data: detail() } },
        {
          request: { query: AnswerChangeRequestMutation, variables: { id: 'r1', comment: 'Attestation attached.', attachmentIds: [] } },
          result: () => {
            answered();
            return { data: { answerChangeRequest: { ...detail({ status: 'IN_PROGRESS', awaitingAnswer: false }).changeRequest } } };
          },
        },
      ],
    });
    const form = await screen.findByRole('region', { name: 'Answer Customer Services' });
    await user.type(within(form).getByLabelText('Your answer *'), 'Attestation attached.');
    await user.upload(within(form).getByLabelText('Supporting documents'), pdf());
    expect(await within(form).findByText('scan.pdf is not attached: Only PDF, JPEG and PNG files are accepted.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Send the answer' }));
    expect(
      await within(form).findByText('A file you chose was refused. Choose another one or remove it before sending the request.'),
    ).toBeTruthy();
    expect(answered).not.toHaveBeenCalled();
  });
});
