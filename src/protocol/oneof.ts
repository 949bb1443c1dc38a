import protobuf from 'protobufjs/minimal';

/**
 * protobufjs's accessors for a oneof (`Envelope.body`) are slow on the hot
 * path: decode calls the setter for every body field it reads, and the
 * setter deletes each of the 32 other body fields; the getter lists the
 * object's keys at every read. Both were about 2% of a worker's JavaScript,
 * and as much of the bots'.
 *
 * These replace them for the generated code, which builds its accessors as
 * it loads (so this module is imported before it). The setter remembers the
 * name under a symbol and deletes only the field it replaces: a frame with
 * two body fields still keeps the last one read, as protobufjs does. The
 * getter answers from that name while its field is set. A message whose
 * oneof was never set this way (made by `create` or `fromObject`, which
 * assign the fields directly) falls back to protobufjs's own getter.
 */
const util = protobuf.util;
const slowGetter = util.oneOfGetter;
/** One symbol a oneof: its getter and setter are built from the same list. */
const names = new WeakMap<string[], symbol>();
const ours = new WeakSet<object>();

function symbolOf(fields: string[]): symbol {
  let s = names.get(fields);
  if (!s) names.set(fields, (s = Symbol('oneof')));
  return s;
}

type Message = Record<string | symbol, unknown>;

util.oneOfGetter = (fields) => {
  const named = symbolOf(fields);
  const slow = slowGetter(fields);
  const get = function (this: unknown) {
    const m = this as Message;
    const name = m[named] as string | undefined;
    return name !== undefined && m[name] != null ? name : slow.call(m);
  };
  ours.add(get);
  return get;
};

util.oneOfSetter = (fields) => {
  const named = symbolOf(fields);
  return function (this: unknown, name: string | undefined) {
    const m = this as Message;
    const previous = m[named] as string | undefined;
    if (previous !== undefined && previous !== name) delete m[previous];
    m[named] = name;
  };
};

/** True when `proto`'s oneof `name` has these accessors (the generated code loaded after this module). */
export function fastOneofs(proto: object, name: string): boolean {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  return get !== undefined && ours.has(get);
}
