import { css } from 'lit';
import { tokens as t } from '../shared/tokens.styles.js';

/** Styles of `<wcg-stage-review>`: each earlier action as a card, its details in a short list. */
export const stageReviewStyles = css`
  .lead {
    font-size: 1.1em;
  }
  .action {
    border: 1px solid ${t.colorBorder};
    border-inline-start: 6px solid ${t.colorPrimary};
    padding: ${t.space};
    margin-block: 0 calc(${t.space} * 1.5);
  }
  .meta {
    margin-block: 0 ${t.space};
  }
  .meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .meta dt {
    font-weight: bold;
  }
  .meta dd {
    margin: 0;
  }
  /* The label and the radio are one target, at least 44px high. */
  .choice label {
    display: block;
    min-block-size: 44px;
    padding-block-start: 0.15em;
  }
  @media (forced-colors: active) {
    .action {
      border-inline-start-color: CanvasText;
    }
  }
`;
