// The opentok-node vectors this package reproduces byte for byte (copied from the project's shared vectors).
import jwtModerator from '../vectors/jwt_node2231_jwt_moderator_data_layout.json';
import jwtDefaults from '../vectors/jwt_node2231_jwt_publisher_defaults.json';
import vonageRs256 from '../vectors/jwt_vonage_video_rs256_client_token.json';
import t1Moderator from '../vectors/t1_node216_moderator_layout_expire.json';
import t1OfficialKey from '../vectors/t1_node216_official_test_key_session.json';
import t1Defaults from '../vectors/t1_node216_publisher_defaults.json';
import t1Unicode from '../vectors/t1_node216_publisher_unicode_data.json';
import t1Subscriber from '../vectors/t1_node216_subscriber_with_data.json';
import t1Scope from '../vectors/t1_node2231_t1_forced_includes_scope.json';

export interface TokenVector {
  readonly name: string;
  readonly format: string;
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly sessionId: string;
  readonly createTime: number;
  readonly nonce: number;
  readonly role: string;
  readonly expireTime: number;
  readonly data: string | null;
  readonly initialLayoutClassList: readonly string[];
  readonly token: string;
  readonly claimsJsonExact?: string;
  readonly dataString?: string;
}

/** T1 tokens of opentok-node 2.16 (no `scope`). */
export const T1_LEGACY: readonly TokenVector[] = [t1Defaults, t1Subscriber, t1Moderator, t1Unicode, t1OfficialKey];
/** T1 tokens of opentok-node 2.23.1 (with `scope`). */
export const T1_MODERN: readonly TokenVector[] = [t1Scope];
/** JWT client tokens of opentok-node 2.23.1. */
export const JWT: readonly TokenVector[] = [jwtDefaults, jwtModerator];
/** A Vonage RS256 client token: not an OpenTok project token, so verifyToken must refuse it. */
export const VONAGE_RS256 = vonageRs256;
