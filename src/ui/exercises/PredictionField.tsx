/**
 * "Predict before you check": the exercise's question beside the Check button, answered with a
 * number or one of a few choices. The answer is the learner's own; beside the result the page says
 * how it compared with what the check measured (exercises/predictionCompare.ts), so the surprise,
 * if any, is noticed. Nothing is graded.
 */
import { useId } from 'react';
import type { Prediction } from '../../exercises/index.ts';

interface PredictionFieldProps {
  prediction: Prediction;
  value: string;
  onChange: (value: string) => void;
}

/** The prediction as the report repeats it: "2 partitions", "89%", or the choice's words. */
export function predictionText(prediction: Prediction, value: string): string | null {
  const answer = value.trim();
  if (answer === '') return null;
  if (prediction.choices !== null || prediction.unit === '') return answer;
  return prediction.unit === '%' ? `${answer}%` : `${answer} ${prediction.unit}`;
}

export function PredictionField({ prediction, value, onChange }: PredictionFieldProps) {
  const id = useId();
  if (prediction.choices !== null)
    return (
      <fieldset className="prediction" data-testid="prediction">
        <legend>{prediction.question}</legend>
        {prediction.choices.map((choice) => (
          <label key={choice} className="prediction-choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />{' '}
            {choice}
          </label>
        ))}
        <p className="help">After the check, the result says how your prediction compared.</p>
      </fieldset>
    );
  return (
    <div className="prediction" data-testid="prediction">
      <label htmlFor={`${id}-number`}>{prediction.question}</label>
      <span className="prediction-number">
        <input
          id={`${id}-number`}
          type="number"
          inputMode="decimal"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        {prediction.unit && <span>{prediction.unit}</span>}
      </span>
      <p className="help">After the check, the result says how your prediction compared.</p>
    </div>
  );
}
