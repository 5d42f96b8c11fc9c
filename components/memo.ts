// A row-level memo without preact/compat (which would cost the popup more bytes than the rows):
// Preact lets a function component set shouldComponentUpdate on its instance.
import { h, type Component, type FunctionComponent } from 'preact';

export function memo<P extends object>(render: FunctionComponent<P>, same: (a: P, b: P) => boolean): FunctionComponent<P> {
  function Memo(this: Component<P>, props: P) {
    this.shouldComponentUpdate = (next: P) => !same(this.props, next);
    return h(render, props);
  }
  return Memo;
}
