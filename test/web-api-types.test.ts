import { describe, expectTypeOf, it } from "vitest";
import type { eventDetail } from "../src/api/read-model/event-detail.js";
import type { ReadModel } from "../src/api/read-model/read-model.js";
import type { LinkedView } from "../src/api/read-model/types.js";
import type { EventDetail, EventItem, Page, Story } from "../src/web/api-types.js";

/**
 * The web UI declares its own view of the API's records (it is compiled for the browser, apart from the
 * server). These checks run in `npm run typecheck`: renaming or retyping a server field the UI reads fails
 * the build here, instead of leaving a page that shows nothing.
 */
type ServerEvent = Awaited<ReturnType<ReadModel["events"]>>[number];
type ServerEventDetail = Awaited<ReturnType<typeof eventDetail>>;
type ServerStory = LinkedView["stories"][number];

describe("the web UI's view of the API", () => {
  it("is satisfied by the records the server sends", () => {
    expectTypeOf<ServerEvent>().toExtend<EventItem>();
    expectTypeOf<ServerEventDetail>().toExtend<EventDetail>();
    expectTypeOf<ServerStory & { event_details: ServerEvent[] }>().toExtend<Story>();
    expectTypeOf<{ total: number; limit: number; offset: number; items: ServerEvent[] }>().toExtend<
      Page<EventItem>
    >();
  });
});
