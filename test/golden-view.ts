/** The part of a Document a golden file pins: metadata, wire furniture and sentences, each with its words. */
import type { Document } from '../src/document/document.js';

export function goldenView(doc: Document): unknown {
  const words = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end);
  return {
    id: doc.id,
    meta: doc.meta,
    wire: (doc.layers.wire ?? []).map((w) => ({
      kind: w.kind,
      rule: w.rule,
      start: w.start,
      end: w.end,
      text: words(w),
    })),
    sentences: (doc.layers.sentences ?? []).map((s) => ({ start: s.start, end: s.end, text: words(s) })),
    entities: (doc.layers.entities ?? []).map((e) => ({
      ...e,
      roles: e.roles.map((r) => ({ ...r, text: words(r.span) })),
      mentions: e.mentions.map((id) => {
        const m = doc.layers.mentions?.find((x) => x.id === id);
        return m ? `${m.kind}:${words(m)}@${m.start}` : id;
      }),
    })),
    quotes: (doc.layers.quotes ?? []).map((q) => ({
      id: q.id,
      kind: q.kind,
      rule: q.rule,
      text: (q.parts ?? [q]).map((p) => words(p)),
      quoted: q.quoted.map((p) => words(p)),
      speaker: q.speaker
        ? {
            text: words(q.speaker),
            entity: doc.layers.entities?.find((e) => e.id === q.speaker?.entity)?.name,
            inferred: q.speaker.inferred,
          }
        : undefined,
      cue: q.cue ? words(q.cue) : undefined,
      setting: q.setting ? { ...q.setting, text: words(q.setting) } : undefined,
      continues: q.continues,
    })),
    events: (doc.layers.events ?? []).map((e) => {
      const names = (ids: readonly string[]) =>
        ids.map((id) => doc.layers.entities?.find((x) => x.id === id)?.name);
      return {
        id: e.id,
        type: e.type,
        mode: e.mode,
        cameo: e.cameo,
        trigger: words(e.trigger),
        sources: names(e.sources),
        targets: names(e.targets),
        participants: names(e.participants),
        status: e.status,
        statusCue: e.statusCue ? words(e.statusCue) : undefined,
        when: e.when ? { ...e.when, text: e.when.span ? words(e.when.span) : undefined } : undefined,
        where: e.where ? { ...e.where, text: e.where.span ? words(e.where.span) : undefined } : undefined,
        quote: e.quote,
        rule: e.rule,
      };
    }),
    quoted: (doc.layers.quoted ?? []).map((s) => ({ role: s.role, quote: s.quote, text: words(s) })),
    messages: doc.messages,
  };
}
