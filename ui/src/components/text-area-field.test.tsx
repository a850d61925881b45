import { render, screen } from '@testing-library/react';
import { TextAreaField } from './text-area-field';

describe('TextAreaField (X-3)', () => {
  it('ties its label, hint and error to the text area', () => {
    render(<TextAreaField label="Votre réponse" hint="2 caractères au moins" error="Ce champ est obligatoire." />);
    const area = screen.getByLabelText('Votre réponse');
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    const describedBy = area.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toEqual([
      '2 caractères au moins',
      'Ce champ est obligatoire.',
    ]);
  });
});
