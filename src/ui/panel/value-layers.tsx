/** The value peeled layer by layer (core `decodeValue`): "percent-encoded → express signed → JWT". */
import type { DecodedValue } from '../../core/values/value-types';
import { showValue } from '../kit/display-text';
import { JwtClaims } from './jwt-claims';

export function ValueLayers({ decoded, masked }: { decoded: DecodedValue; masked: boolean }) {
  if (decoded.layers.length === 0) {
    return <p class="muted">Plain value: nothing encoded or signed to peel.</p>;
  }
  return (
    <div data-testid="value-layers">
      <ol class="layers">
        {decoded.layers.map((l, i) => (
          <li key={i}>
            <strong>{l.label}</strong>
            {l.confidence < 1 && <span class="muted"> (guess, {Math.round(l.confidence * 100)}%)</span>}
            {l.path && <span class="muted"> at {l.path}</span>}
            <div class="mono wrap">{showValue(l.text, masked, 4000)}</div>
          </li>
        ))}
      </ol>
      {decoded.limited && <p class="muted">Decoding stopped early: {decoded.limited}.</p>}
      {decoded.jwtError && (
        <p class="warn">Looks like a JWT but does not decode: {decoded.jwtError.message}</p>
      )}
      {decoded.jwt && <JwtClaims jwt={decoded.jwt} masked={masked} />}
      {decoded.jwe && (
        <p class="muted">
          Encrypted JWE ({decoded.jwe.alg ?? '?'} / {decoded.jwe.enc ?? '?'}): the claims cannot be read
          without the key.
        </p>
      )}
    </div>
  );
}
