import type { InputOf, MethodName, ResultOf } from '../shared/contract';

export type Handler<K extends MethodName> = (input: InputOf<K>) => Promise<ResultOf<K>>;
export type Handlers = { [K in MethodName]: Handler<K> };
/** A domain's share of the handlers. */
export type HandlersFor<K extends MethodName> = { [P in K]: Handler<P> };
