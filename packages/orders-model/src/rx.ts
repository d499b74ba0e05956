import { z } from "zod";

/** A prescription review as an export states it; unknown words count as still pending. */
export const RxReview = z.enum(["reviewed", "pending", "rejected"]);
export type RxReview = z.infer<typeof RxReview>;
