import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PickerScreen } from '../../src/ui/screens/PickerScreen';
import { loadScenario } from './helpers/game';

describe('PickerScreen', () => {
  it('lists scenario files that do not parse as readable problems next to the drills that do', () => {
    render(
      <PickerScreen
        library={{
          scenarios: [loadScenario()],
          problems: [{ file: 'scenarios/broken.yaml', errors: [{ file: 'scenarios/broken.yaml', line: 3, column: 5, path: 'people[0].handle', message: 'expected an id' }] }],
        }}
      />,
    );
    expect(screen.getByRole('article', { name: 'The Friday afternoon checkout deploy' })).toBeInTheDocument();
    const problems = screen.getByRole('region', { name: 'Some scenario files could not be loaded' });
    expect(within(problems).getByRole('heading', { name: 'scenarios/broken.yaml' })).toBeInTheDocument();
    expect(within(problems).getByRole('listitem')).toHaveTextContent('line 3, column 5 at people[0].handle: expected an id');
  });
});
