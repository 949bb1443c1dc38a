/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.game = (function() {

    /**
     * Namespace game.
     * @exports game
     * @namespace
     */
    var game = {};

    game.Envelope = (function() {

        /**
         * Properties of an Envelope.
         * @typedef {Object} game.Envelope.$Properties
         * @property {number|null} [seq] Envelope seq
         * @property {game.Login.$Properties|null} [login] Envelope login
         * @property {game.LoginOk.$Properties|null} [loginOk] Envelope loginOk
         * @property {game.Ping.$Properties|null} [ping] Envelope ping
         * @property {game.Pong.$Properties|null} [pong] Envelope pong
         * @property {game.Error.$Properties|null} [error] Envelope error
         * @property {game.Logout.$Properties|null} [logout] Envelope logout
         * @property {game.Ok.$Properties|null} [ok] Envelope ok
         * @property {game.GetState.$Properties|null} [getState] Envelope getState
         * @property {game.PlayerState.$Properties|null} [state] Envelope state
         * @property {game.Plant.$Properties|null} [plant] Envelope plant
         * @property {game.Harvest.$Properties|null} [harvest] Envelope harvest
         * @property {game.Sell.$Properties|null} [sell] Envelope sell
         * @property {game.AddFriend.$Properties|null} [addFriend] Envelope addFriend
         * @property {game.RemoveFriend.$Properties|null} [removeFriend] Envelope removeFriend
         * @property {game.VisitFriend.$Properties|null} [visitFriend] Envelope visitFriend
         * @property {game.FriendFarm.$Properties|null} [friendFarm] Envelope friendFarm
         * @property {game.SendGift.$Properties|null} [sendGift] Envelope sendGift
         * @property {game.Chat.$Properties|null} [chat] Envelope chat
         * @property {game.Top.$Properties|null} [top] Envelope top
         * @property {game.TopResult.$Properties|null} [topResult] Envelope topResult
         * @property {game.AcceptFriend.$Properties|null} [acceptFriend] Envelope acceptFriend
         * @property {game.DeclineFriend.$Properties|null} [declineFriend] Envelope declineFriend
         * @property {game.Block.$Properties|null} [block] Envelope block
         * @property {game.Unblock.$Properties|null} [unblock] Envelope unblock
         * @property {game.GetPresence.$Properties|null} [getPresence] Envelope getPresence
         * @property {game.Presence.$Properties|null} [presence] Envelope presence
         * @property {game.Kicked.$Properties|null} [kicked] Envelope kicked
         * @property {game.ServerShutdown.$Properties|null} [serverShutdown] Envelope serverShutdown
         * @property {game.GiftReceived.$Properties|null} [giftReceived] Envelope giftReceived
         * @property {game.ChatReceived.$Properties|null} [chatReceived] Envelope chatReceived
         * @property {game.FriendRequest.$Properties|null} [friendRequest] Envelope friendRequest
         * @property {game.FriendUpdate.$Properties|null} [friendUpdate] Envelope friendUpdate
         * @property {game.StateChange.$Properties|null} [stateChange] Envelope stateChange
         * @property {"login"|"loginOk"|"ping"|"pong"|"error"|"logout"|"ok"|"getState"|"state"|"plant"|"harvest"|"sell"|"addFriend"|"removeFriend"|"visitFriend"|"friendFarm"|"sendGift"|"chat"|"top"|"topResult"|"acceptFriend"|"declineFriend"|"block"|"unblock"|"getPresence"|"presence"|"kicked"|"serverShutdown"|"giftReceived"|"chatReceived"|"friendRequest"|"friendUpdate"|"stateChange"} [body] Envelope body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Envelope.
         * @memberof game
         * @interface IEnvelope
         * @augments game.Envelope.$Properties
         * @deprecated Use game.Envelope.$Properties instead.
         */

        /**
         * Narrowed shape of an Envelope.
         * @typedef {{
         *   seq?: number|null;
         *   login?: game.Login.$Shape|null;
         *   loginOk?: game.LoginOk.$Shape|null;
         *   ping?: game.Ping.$Shape|null;
         *   pong?: game.Pong.$Shape|null;
         *   error?: game.Error.$Shape|null;
         *   logout?: game.Logout.$Shape|null;
         *   ok?: game.Ok.$Shape|null;
         *   getState?: game.GetState.$Shape|null;
         *   state?: game.PlayerState.$Shape|null;
         *   plant?: game.Plant.$Shape|null;
         *   harvest?: game.Harvest.$Shape|null;
         *   sell?: game.Sell.$Shape|null;
         *   addFriend?: game.AddFriend.$Shape|null;
         *   removeFriend?: game.RemoveFriend.$Shape|null;
         *   visitFriend?: game.VisitFriend.$Shape|null;
         *   friendFarm?: game.FriendFarm.$Shape|null;
         *   sendGift?: game.SendGift.$Shape|null;
         *   chat?: game.Chat.$Shape|null;
         *   top?: game.Top.$Shape|null;
         *   topResult?: game.TopResult.$Shape|null;
         *   acceptFriend?: game.AcceptFriend.$Shape|null;
         *   declineFriend?: game.DeclineFriend.$Shape|null;
         *   block?: game.Block.$Shape|null;
         *   unblock?: game.Unblock.$Shape|null;
         *   getPresence?: game.GetPresence.$Shape|null;
         *   presence?: game.Presence.$Shape|null;
         *   kicked?: game.Kicked.$Shape|null;
         *   serverShutdown?: game.ServerShutdown.$Shape|null;
         *   giftReceived?: game.GiftReceived.$Shape|null;
         *   chatReceived?: game.ChatReceived.$Shape|null;
         *   friendRequest?: game.FriendRequest.$Shape|null;
         *   friendUpdate?: game.FriendUpdate.$Shape|null;
         *   stateChange?: game.StateChange.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "login"; login: game.Login.$Shape; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "loginOk"; login?: null; loginOk: game.LoginOk.$Shape; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "ping"; login?: null; loginOk?: null; ping: game.Ping.$Shape; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "pong"; login?: null; loginOk?: null; ping?: null; pong: game.Pong.$Shape; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "error"; login?: null; loginOk?: null; ping?: null; pong?: null; error: game.Error.$Shape; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "logout"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout: game.Logout.$Shape; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "ok"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok: game.Ok.$Shape; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "getState"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState: game.GetState.$Shape; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "state"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state: game.PlayerState.$Shape; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "plant"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant: game.Plant.$Shape; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "harvest"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest: game.Harvest.$Shape; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "sell"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell: game.Sell.$Shape; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "addFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend: game.AddFriend.$Shape; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "removeFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend: game.RemoveFriend.$Shape; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "visitFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend: game.VisitFriend.$Shape; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "friendFarm"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm: game.FriendFarm.$Shape; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "sendGift"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift: game.SendGift.$Shape; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "chat"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat: game.Chat.$Shape; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "top"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top: game.Top.$Shape; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "topResult"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult: game.TopResult.$Shape; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "acceptFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend: game.AcceptFriend.$Shape; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "declineFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend: game.DeclineFriend.$Shape; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "block"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block: game.Block.$Shape; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "unblock"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock: game.Unblock.$Shape; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "getPresence"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence: game.GetPresence.$Shape; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "presence"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence: game.Presence.$Shape; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "kicked"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked: game.Kicked.$Shape; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "serverShutdown"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown: game.ServerShutdown.$Shape; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "giftReceived"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived: game.GiftReceived.$Shape; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "chatReceived"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived: game.ChatReceived.$Shape; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "friendRequest"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest: game.FriendRequest.$Shape; friendUpdate?: null; stateChange?: null }|{ body?: "friendUpdate"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate: game.FriendUpdate.$Shape; stateChange?: null }|{ body?: "stateChange"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange: game.StateChange.$Shape })
         * )} game.Envelope.$Shape
         */

        /**
         * Constructs a new Envelope.
         * @memberof game
         * @classdesc Represents an Envelope.
         * @constructor
         * @param {game.Envelope.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Envelope = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Envelope seq.
         * @member {number} seq
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.seq = 0;

        /**
         * Envelope login.
         * @member {game.Login.$Properties|null|undefined} login
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.login = null;

        /**
         * Envelope loginOk.
         * @member {game.LoginOk.$Properties|null|undefined} loginOk
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.loginOk = null;

        /**
         * Envelope ping.
         * @member {game.Ping.$Properties|null|undefined} ping
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.ping = null;

        /**
         * Envelope pong.
         * @member {game.Pong.$Properties|null|undefined} pong
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.pong = null;

        /**
         * Envelope error.
         * @member {game.Error.$Properties|null|undefined} error
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.error = null;

        /**
         * Envelope logout.
         * @member {game.Logout.$Properties|null|undefined} logout
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.logout = null;

        /**
         * Envelope ok.
         * @member {game.Ok.$Properties|null|undefined} ok
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.ok = null;

        /**
         * Envelope getState.
         * @member {game.GetState.$Properties|null|undefined} getState
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.getState = null;

        /**
         * Envelope state.
         * @member {game.PlayerState.$Properties|null|undefined} state
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.state = null;

        /**
         * Envelope plant.
         * @member {game.Plant.$Properties|null|undefined} plant
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.plant = null;

        /**
         * Envelope harvest.
         * @member {game.Harvest.$Properties|null|undefined} harvest
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.harvest = null;

        /**
         * Envelope sell.
         * @member {game.Sell.$Properties|null|undefined} sell
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.sell = null;

        /**
         * Envelope addFriend.
         * @member {game.AddFriend.$Properties|null|undefined} addFriend
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.addFriend = null;

        /**
         * Envelope removeFriend.
         * @member {game.RemoveFriend.$Properties|null|undefined} removeFriend
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.removeFriend = null;

        /**
         * Envelope visitFriend.
         * @member {game.VisitFriend.$Properties|null|undefined} visitFriend
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.visitFriend = null;

        /**
         * Envelope friendFarm.
         * @member {game.FriendFarm.$Properties|null|undefined} friendFarm
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.friendFarm = null;

        /**
         * Envelope sendGift.
         * @member {game.SendGift.$Properties|null|undefined} sendGift
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.sendGift = null;

        /**
         * Envelope chat.
         * @member {game.Chat.$Properties|null|undefined} chat
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.chat = null;

        /**
         * Envelope top.
         * @member {game.Top.$Properties|null|undefined} top
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.top = null;

        /**
         * Envelope topResult.
         * @member {game.TopResult.$Properties|null|undefined} topResult
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.topResult = null;

        /**
         * Envelope acceptFriend.
         * @member {game.AcceptFriend.$Properties|null|undefined} acceptFriend
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.acceptFriend = null;

        /**
         * Envelope declineFriend.
         * @member {game.DeclineFriend.$Properties|null|undefined} declineFriend
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.declineFriend = null;

        /**
         * Envelope block.
         * @member {game.Block.$Properties|null|undefined} block
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.block = null;

        /**
         * Envelope unblock.
         * @member {game.Unblock.$Properties|null|undefined} unblock
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.unblock = null;

        /**
         * Envelope getPresence.
         * @member {game.GetPresence.$Properties|null|undefined} getPresence
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.getPresence = null;

        /**
         * Envelope presence.
         * @member {game.Presence.$Properties|null|undefined} presence
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.presence = null;

        /**
         * Envelope kicked.
         * @member {game.Kicked.$Properties|null|undefined} kicked
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.kicked = null;

        /**
         * Envelope serverShutdown.
         * @member {game.ServerShutdown.$Properties|null|undefined} serverShutdown
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.serverShutdown = null;

        /**
         * Envelope giftReceived.
         * @member {game.GiftReceived.$Properties|null|undefined} giftReceived
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.giftReceived = null;

        /**
         * Envelope chatReceived.
         * @member {game.ChatReceived.$Properties|null|undefined} chatReceived
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.chatReceived = null;

        /**
         * Envelope friendRequest.
         * @member {game.FriendRequest.$Properties|null|undefined} friendRequest
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.friendRequest = null;

        /**
         * Envelope friendUpdate.
         * @member {game.FriendUpdate.$Properties|null|undefined} friendUpdate
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.friendUpdate = null;

        /**
         * Envelope stateChange.
         * @member {game.StateChange.$Properties|null|undefined} stateChange
         * @memberof game.Envelope
         * @instance
         */
        Envelope.prototype.stateChange = null;

        // OneOf field names bound to virtual getters and setters
        var $oneOfFields;

        /**
         * Envelope body.
         * @member {"login"|"loginOk"|"ping"|"pong"|"error"|"logout"|"ok"|"getState"|"state"|"plant"|"harvest"|"sell"|"addFriend"|"removeFriend"|"visitFriend"|"friendFarm"|"sendGift"|"chat"|"top"|"topResult"|"acceptFriend"|"declineFriend"|"block"|"unblock"|"getPresence"|"presence"|"kicked"|"serverShutdown"|"giftReceived"|"chatReceived"|"friendRequest"|"friendUpdate"|"stateChange"|undefined} body
         * @memberof game.Envelope
         * @instance
         */
        $Object.defineProperty(Envelope.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["login", "loginOk", "ping", "pong", "error", "logout", "ok", "getState", "state", "plant", "harvest", "sell", "addFriend", "removeFriend", "visitFriend", "friendFarm", "sendGift", "chat", "top", "topResult", "acceptFriend", "declineFriend", "block", "unblock", "getPresence", "presence", "kicked", "serverShutdown", "giftReceived", "chatReceived", "friendRequest", "friendUpdate", "stateChange"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Envelope instance using the specified properties.
         * @function create
         * @memberof game.Envelope
         * @static
         * @param {game.Envelope.$Properties=} [properties] Properties to set
         * @returns {game.Envelope} Envelope instance
         * @type {{
         *   (properties: game.Envelope.$Shape): game.Envelope & game.Envelope.$Shape;
         *   (properties?: game.Envelope.$Properties): game.Envelope;
         * }}
         */
        Envelope.create = function(properties) {
            return new Envelope(properties);
        };

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link game.Envelope.verify|verify} messages.
         * @function encode
         * @memberof game.Envelope
         * @static
         * @param {game.Envelope.$Properties} message Envelope message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
            if (message.login != null && $Object.hasOwnProperty.call(message, "login"))
                $root.game.Login.encode(message.login, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.loginOk != null && $Object.hasOwnProperty.call(message, "loginOk"))
                $root.game.LoginOk.encode(message.loginOk, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                $root.game.Ping.encode(message.ping, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                $root.game.Pong.encode(message.pong, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.game.Error.encode(message.error, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.logout != null && $Object.hasOwnProperty.call(message, "logout"))
                $root.game.Logout.encode(message.logout, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                $root.game.Ok.encode(message.ok, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.getState != null && $Object.hasOwnProperty.call(message, "getState"))
                $root.game.GetState.encode(message.getState, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                $root.game.PlayerState.encode(message.state, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.plant != null && $Object.hasOwnProperty.call(message, "plant"))
                $root.game.Plant.encode(message.plant, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.harvest != null && $Object.hasOwnProperty.call(message, "harvest"))
                $root.game.Harvest.encode(message.harvest, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.sell != null && $Object.hasOwnProperty.call(message, "sell"))
                $root.game.Sell.encode(message.sell, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
            if (message.addFriend != null && $Object.hasOwnProperty.call(message, "addFriend"))
                $root.game.AddFriend.encode(message.addFriend, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
            if (message.removeFriend != null && $Object.hasOwnProperty.call(message, "removeFriend"))
                $root.game.RemoveFriend.encode(message.removeFriend, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
            if (message.visitFriend != null && $Object.hasOwnProperty.call(message, "visitFriend"))
                $root.game.VisitFriend.encode(message.visitFriend, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
            if (message.friendFarm != null && $Object.hasOwnProperty.call(message, "friendFarm"))
                $root.game.FriendFarm.encode(message.friendFarm, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
            if (message.sendGift != null && $Object.hasOwnProperty.call(message, "sendGift"))
                $root.game.SendGift.encode(message.sendGift, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
            if (message.chat != null && $Object.hasOwnProperty.call(message, "chat"))
                $root.game.Chat.encode(message.chat, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
            if (message.top != null && $Object.hasOwnProperty.call(message, "top"))
                $root.game.Top.encode(message.top, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
            if (message.topResult != null && $Object.hasOwnProperty.call(message, "topResult"))
                $root.game.TopResult.encode(message.topResult, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
            if (message.acceptFriend != null && $Object.hasOwnProperty.call(message, "acceptFriend"))
                $root.game.AcceptFriend.encode(message.acceptFriend, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
            if (message.declineFriend != null && $Object.hasOwnProperty.call(message, "declineFriend"))
                $root.game.DeclineFriend.encode(message.declineFriend, writer.uint32(/* id 34, wireType 2 =*/274).fork(), _depth + 1).ldelim();
            if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                $root.game.Block.encode(message.block, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
            if (message.unblock != null && $Object.hasOwnProperty.call(message, "unblock"))
                $root.game.Unblock.encode(message.unblock, writer.uint32(/* id 36, wireType 2 =*/290).fork(), _depth + 1).ldelim();
            if (message.getPresence != null && $Object.hasOwnProperty.call(message, "getPresence"))
                $root.game.GetPresence.encode(message.getPresence, writer.uint32(/* id 37, wireType 2 =*/298).fork(), _depth + 1).ldelim();
            if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                $root.game.Presence.encode(message.presence, writer.uint32(/* id 38, wireType 2 =*/306).fork(), _depth + 1).ldelim();
            if (message.kicked != null && $Object.hasOwnProperty.call(message, "kicked"))
                $root.game.Kicked.encode(message.kicked, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
            if (message.serverShutdown != null && $Object.hasOwnProperty.call(message, "serverShutdown"))
                $root.game.ServerShutdown.encode(message.serverShutdown, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
            if (message.giftReceived != null && $Object.hasOwnProperty.call(message, "giftReceived"))
                $root.game.GiftReceived.encode(message.giftReceived, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
            if (message.chatReceived != null && $Object.hasOwnProperty.call(message, "chatReceived"))
                $root.game.ChatReceived.encode(message.chatReceived, writer.uint32(/* id 43, wireType 2 =*/346).fork(), _depth + 1).ldelim();
            if (message.friendRequest != null && $Object.hasOwnProperty.call(message, "friendRequest"))
                $root.game.FriendRequest.encode(message.friendRequest, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
            if (message.friendUpdate != null && $Object.hasOwnProperty.call(message, "friendUpdate"))
                $root.game.FriendUpdate.encode(message.friendUpdate, writer.uint32(/* id 45, wireType 2 =*/362).fork(), _depth + 1).ldelim();
            if (message.stateChange != null && $Object.hasOwnProperty.call(message, "stateChange"))
                $root.game.StateChange.encode(message.stateChange, writer.uint32(/* id 46, wireType 2 =*/370).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @function decode
         * @memberof game.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Envelope & game.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Envelope();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.login = $root.game.Login.decode(reader, reader.size(), $undefined, _depth + 1, message.login);
                        message.body = "login";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.loginOk = $root.game.LoginOk.decode(reader, reader.size(), $undefined, _depth + 1, message.loginOk);
                        message.body = "loginOk";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.ping = $root.game.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                        message.body = "ping";
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.pong = $root.game.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                        message.body = "pong";
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.game.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        message.body = "error";
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        message.logout = $root.game.Logout.decode(reader, reader.size(), $undefined, _depth + 1, message.logout);
                        message.body = "logout";
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        message.ok = $root.game.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                        message.body = "ok";
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.getState = $root.game.GetState.decode(reader, reader.size(), $undefined, _depth + 1, message.getState);
                        message.body = "getState";
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.state = $root.game.PlayerState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                        message.body = "state";
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.plant = $root.game.Plant.decode(reader, reader.size(), $undefined, _depth + 1, message.plant);
                        message.body = "plant";
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        message.harvest = $root.game.Harvest.decode(reader, reader.size(), $undefined, _depth + 1, message.harvest);
                        message.body = "harvest";
                        continue;
                    }
                case 24: {
                        if (wireType !== 2)
                            break;
                        message.sell = $root.game.Sell.decode(reader, reader.size(), $undefined, _depth + 1, message.sell);
                        message.body = "sell";
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        message.addFriend = $root.game.AddFriend.decode(reader, reader.size(), $undefined, _depth + 1, message.addFriend);
                        message.body = "addFriend";
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        message.removeFriend = $root.game.RemoveFriend.decode(reader, reader.size(), $undefined, _depth + 1, message.removeFriend);
                        message.body = "removeFriend";
                        continue;
                    }
                case 27: {
                        if (wireType !== 2)
                            break;
                        message.visitFriend = $root.game.VisitFriend.decode(reader, reader.size(), $undefined, _depth + 1, message.visitFriend);
                        message.body = "visitFriend";
                        continue;
                    }
                case 28: {
                        if (wireType !== 2)
                            break;
                        message.friendFarm = $root.game.FriendFarm.decode(reader, reader.size(), $undefined, _depth + 1, message.friendFarm);
                        message.body = "friendFarm";
                        continue;
                    }
                case 29: {
                        if (wireType !== 2)
                            break;
                        message.sendGift = $root.game.SendGift.decode(reader, reader.size(), $undefined, _depth + 1, message.sendGift);
                        message.body = "sendGift";
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        message.chat = $root.game.Chat.decode(reader, reader.size(), $undefined, _depth + 1, message.chat);
                        message.body = "chat";
                        continue;
                    }
                case 31: {
                        if (wireType !== 2)
                            break;
                        message.top = $root.game.Top.decode(reader, reader.size(), $undefined, _depth + 1, message.top);
                        message.body = "top";
                        continue;
                    }
                case 32: {
                        if (wireType !== 2)
                            break;
                        message.topResult = $root.game.TopResult.decode(reader, reader.size(), $undefined, _depth + 1, message.topResult);
                        message.body = "topResult";
                        continue;
                    }
                case 33: {
                        if (wireType !== 2)
                            break;
                        message.acceptFriend = $root.game.AcceptFriend.decode(reader, reader.size(), $undefined, _depth + 1, message.acceptFriend);
                        message.body = "acceptFriend";
                        continue;
                    }
                case 34: {
                        if (wireType !== 2)
                            break;
                        message.declineFriend = $root.game.DeclineFriend.decode(reader, reader.size(), $undefined, _depth + 1, message.declineFriend);
                        message.body = "declineFriend";
                        continue;
                    }
                case 35: {
                        if (wireType !== 2)
                            break;
                        message.block = $root.game.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                        message.body = "block";
                        continue;
                    }
                case 36: {
                        if (wireType !== 2)
                            break;
                        message.unblock = $root.game.Unblock.decode(reader, reader.size(), $undefined, _depth + 1, message.unblock);
                        message.body = "unblock";
                        continue;
                    }
                case 37: {
                        if (wireType !== 2)
                            break;
                        message.getPresence = $root.game.GetPresence.decode(reader, reader.size(), $undefined, _depth + 1, message.getPresence);
                        message.body = "getPresence";
                        continue;
                    }
                case 38: {
                        if (wireType !== 2)
                            break;
                        message.presence = $root.game.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                        message.body = "presence";
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        message.kicked = $root.game.Kicked.decode(reader, reader.size(), $undefined, _depth + 1, message.kicked);
                        message.body = "kicked";
                        continue;
                    }
                case 41: {
                        if (wireType !== 2)
                            break;
                        message.serverShutdown = $root.game.ServerShutdown.decode(reader, reader.size(), $undefined, _depth + 1, message.serverShutdown);
                        message.body = "serverShutdown";
                        continue;
                    }
                case 42: {
                        if (wireType !== 2)
                            break;
                        message.giftReceived = $root.game.GiftReceived.decode(reader, reader.size(), $undefined, _depth + 1, message.giftReceived);
                        message.body = "giftReceived";
                        continue;
                    }
                case 43: {
                        if (wireType !== 2)
                            break;
                        message.chatReceived = $root.game.ChatReceived.decode(reader, reader.size(), $undefined, _depth + 1, message.chatReceived);
                        message.body = "chatReceived";
                        continue;
                    }
                case 44: {
                        if (wireType !== 2)
                            break;
                        message.friendRequest = $root.game.FriendRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.friendRequest);
                        message.body = "friendRequest";
                        continue;
                    }
                case 45: {
                        if (wireType !== 2)
                            break;
                        message.friendUpdate = $root.game.FriendUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.friendUpdate);
                        message.body = "friendUpdate";
                        continue;
                    }
                case 46: {
                        if (wireType !== 2)
                            break;
                        message.stateChange = $root.game.StateChange.decode(reader, reader.size(), $undefined, _depth + 1, message.stateChange);
                        message.body = "stateChange";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies an Envelope message.
         * @function verify
         * @memberof game.Envelope
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Envelope.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            var properties = {};
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (!$util.isInteger(message.seq))
                    return "seq: integer expected";
            if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                properties.body = 1;
                {
                    var error = $root.game.Login.verify(message.login, _depth + 1);
                    if (error)
                        return "login." + error;
                }
            }
            if (message.loginOk != null && $Object.hasOwnProperty.call(message, "loginOk")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.LoginOk.verify(message.loginOk, _depth + 1);
                    if (error)
                        return "loginOk." + error;
                }
            }
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Ping.verify(message.ping, _depth + 1);
                    if (error)
                        return "ping." + error;
                }
            }
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Pong.verify(message.pong, _depth + 1);
                    if (error)
                        return "pong." + error;
                }
            }
            if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
            }
            if (message.logout != null && $Object.hasOwnProperty.call(message, "logout")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Logout.verify(message.logout, _depth + 1);
                    if (error)
                        return "logout." + error;
                }
            }
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Ok.verify(message.ok, _depth + 1);
                    if (error)
                        return "ok." + error;
                }
            }
            if (message.getState != null && $Object.hasOwnProperty.call(message, "getState")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.GetState.verify(message.getState, _depth + 1);
                    if (error)
                        return "getState." + error;
                }
            }
            if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.PlayerState.verify(message.state, _depth + 1);
                    if (error)
                        return "state." + error;
                }
            }
            if (message.plant != null && $Object.hasOwnProperty.call(message, "plant")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Plant.verify(message.plant, _depth + 1);
                    if (error)
                        return "plant." + error;
                }
            }
            if (message.harvest != null && $Object.hasOwnProperty.call(message, "harvest")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Harvest.verify(message.harvest, _depth + 1);
                    if (error)
                        return "harvest." + error;
                }
            }
            if (message.sell != null && $Object.hasOwnProperty.call(message, "sell")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Sell.verify(message.sell, _depth + 1);
                    if (error)
                        return "sell." + error;
                }
            }
            if (message.addFriend != null && $Object.hasOwnProperty.call(message, "addFriend")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.AddFriend.verify(message.addFriend, _depth + 1);
                    if (error)
                        return "addFriend." + error;
                }
            }
            if (message.removeFriend != null && $Object.hasOwnProperty.call(message, "removeFriend")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.RemoveFriend.verify(message.removeFriend, _depth + 1);
                    if (error)
                        return "removeFriend." + error;
                }
            }
            if (message.visitFriend != null && $Object.hasOwnProperty.call(message, "visitFriend")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.VisitFriend.verify(message.visitFriend, _depth + 1);
                    if (error)
                        return "visitFriend." + error;
                }
            }
            if (message.friendFarm != null && $Object.hasOwnProperty.call(message, "friendFarm")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.FriendFarm.verify(message.friendFarm, _depth + 1);
                    if (error)
                        return "friendFarm." + error;
                }
            }
            if (message.sendGift != null && $Object.hasOwnProperty.call(message, "sendGift")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.SendGift.verify(message.sendGift, _depth + 1);
                    if (error)
                        return "sendGift." + error;
                }
            }
            if (message.chat != null && $Object.hasOwnProperty.call(message, "chat")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Chat.verify(message.chat, _depth + 1);
                    if (error)
                        return "chat." + error;
                }
            }
            if (message.top != null && $Object.hasOwnProperty.call(message, "top")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Top.verify(message.top, _depth + 1);
                    if (error)
                        return "top." + error;
                }
            }
            if (message.topResult != null && $Object.hasOwnProperty.call(message, "topResult")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.TopResult.verify(message.topResult, _depth + 1);
                    if (error)
                        return "topResult." + error;
                }
            }
            if (message.acceptFriend != null && $Object.hasOwnProperty.call(message, "acceptFriend")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.AcceptFriend.verify(message.acceptFriend, _depth + 1);
                    if (error)
                        return "acceptFriend." + error;
                }
            }
            if (message.declineFriend != null && $Object.hasOwnProperty.call(message, "declineFriend")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.DeclineFriend.verify(message.declineFriend, _depth + 1);
                    if (error)
                        return "declineFriend." + error;
                }
            }
            if (message.block != null && $Object.hasOwnProperty.call(message, "block")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Block.verify(message.block, _depth + 1);
                    if (error)
                        return "block." + error;
                }
            }
            if (message.unblock != null && $Object.hasOwnProperty.call(message, "unblock")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Unblock.verify(message.unblock, _depth + 1);
                    if (error)
                        return "unblock." + error;
                }
            }
            if (message.getPresence != null && $Object.hasOwnProperty.call(message, "getPresence")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.GetPresence.verify(message.getPresence, _depth + 1);
                    if (error)
                        return "getPresence." + error;
                }
            }
            if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Presence.verify(message.presence, _depth + 1);
                    if (error)
                        return "presence." + error;
                }
            }
            if (message.kicked != null && $Object.hasOwnProperty.call(message, "kicked")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.Kicked.verify(message.kicked, _depth + 1);
                    if (error)
                        return "kicked." + error;
                }
            }
            if (message.serverShutdown != null && $Object.hasOwnProperty.call(message, "serverShutdown")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.ServerShutdown.verify(message.serverShutdown, _depth + 1);
                    if (error)
                        return "serverShutdown." + error;
                }
            }
            if (message.giftReceived != null && $Object.hasOwnProperty.call(message, "giftReceived")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.GiftReceived.verify(message.giftReceived, _depth + 1);
                    if (error)
                        return "giftReceived." + error;
                }
            }
            if (message.chatReceived != null && $Object.hasOwnProperty.call(message, "chatReceived")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.ChatReceived.verify(message.chatReceived, _depth + 1);
                    if (error)
                        return "chatReceived." + error;
                }
            }
            if (message.friendRequest != null && $Object.hasOwnProperty.call(message, "friendRequest")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.FriendRequest.verify(message.friendRequest, _depth + 1);
                    if (error)
                        return "friendRequest." + error;
                }
            }
            if (message.friendUpdate != null && $Object.hasOwnProperty.call(message, "friendUpdate")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.FriendUpdate.verify(message.friendUpdate, _depth + 1);
                    if (error)
                        return "friendUpdate." + error;
                }
            }
            if (message.stateChange != null && $Object.hasOwnProperty.call(message, "stateChange")) {
                if (properties.body === 1)
                    return "body: multiple values";
                properties.body = 1;
                {
                    var error = $root.game.StateChange.verify(message.stateChange, _depth + 1);
                    if (error)
                        return "stateChange." + error;
                }
            }
            return null;
        };

        /**
         * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Envelope
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Envelope} Envelope
         */
        Envelope.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Envelope)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Envelope: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Envelope();
            if (object.seq != null)
                if ($Number(object.seq) !== 0)
                    message.seq = object.seq >>> 0;
            if (object.login != null) {
                if (!$util.isObject(object.login))
                    throw $TypeError(".game.Envelope.login: object expected");
                message.login = $root.game.Login.fromObject(object.login, _depth + 1);
            }
            if (object.loginOk != null) {
                if (!$util.isObject(object.loginOk))
                    throw $TypeError(".game.Envelope.loginOk: object expected");
                message.loginOk = $root.game.LoginOk.fromObject(object.loginOk, _depth + 1);
            }
            if (object.ping != null) {
                if (!$util.isObject(object.ping))
                    throw $TypeError(".game.Envelope.ping: object expected");
                message.ping = $root.game.Ping.fromObject(object.ping, _depth + 1);
            }
            if (object.pong != null) {
                if (!$util.isObject(object.pong))
                    throw $TypeError(".game.Envelope.pong: object expected");
                message.pong = $root.game.Pong.fromObject(object.pong, _depth + 1);
            }
            if (object.error != null) {
                if (!$util.isObject(object.error))
                    throw $TypeError(".game.Envelope.error: object expected");
                message.error = $root.game.Error.fromObject(object.error, _depth + 1);
            }
            if (object.logout != null) {
                if (!$util.isObject(object.logout))
                    throw $TypeError(".game.Envelope.logout: object expected");
                message.logout = $root.game.Logout.fromObject(object.logout, _depth + 1);
            }
            if (object.ok != null) {
                if (!$util.isObject(object.ok))
                    throw $TypeError(".game.Envelope.ok: object expected");
                message.ok = $root.game.Ok.fromObject(object.ok, _depth + 1);
            }
            if (object.getState != null) {
                if (!$util.isObject(object.getState))
                    throw $TypeError(".game.Envelope.getState: object expected");
                message.getState = $root.game.GetState.fromObject(object.getState, _depth + 1);
            }
            if (object.state != null) {
                if (!$util.isObject(object.state))
                    throw $TypeError(".game.Envelope.state: object expected");
                message.state = $root.game.PlayerState.fromObject(object.state, _depth + 1);
            }
            if (object.plant != null) {
                if (!$util.isObject(object.plant))
                    throw $TypeError(".game.Envelope.plant: object expected");
                message.plant = $root.game.Plant.fromObject(object.plant, _depth + 1);
            }
            if (object.harvest != null) {
                if (!$util.isObject(object.harvest))
                    throw $TypeError(".game.Envelope.harvest: object expected");
                message.harvest = $root.game.Harvest.fromObject(object.harvest, _depth + 1);
            }
            if (object.sell != null) {
                if (!$util.isObject(object.sell))
                    throw $TypeError(".game.Envelope.sell: object expected");
                message.sell = $root.game.Sell.fromObject(object.sell, _depth + 1);
            }
            if (object.addFriend != null) {
                if (!$util.isObject(object.addFriend))
                    throw $TypeError(".game.Envelope.addFriend: object expected");
                message.addFriend = $root.game.AddFriend.fromObject(object.addFriend, _depth + 1);
            }
            if (object.removeFriend != null) {
                if (!$util.isObject(object.removeFriend))
                    throw $TypeError(".game.Envelope.removeFriend: object expected");
                message.removeFriend = $root.game.RemoveFriend.fromObject(object.removeFriend, _depth + 1);
            }
            if (object.visitFriend != null) {
                if (!$util.isObject(object.visitFriend))
                    throw $TypeError(".game.Envelope.visitFriend: object expected");
                message.visitFriend = $root.game.VisitFriend.fromObject(object.visitFriend, _depth + 1);
            }
            if (object.friendFarm != null) {
                if (!$util.isObject(object.friendFarm))
                    throw $TypeError(".game.Envelope.friendFarm: object expected");
                message.friendFarm = $root.game.FriendFarm.fromObject(object.friendFarm, _depth + 1);
            }
            if (object.sendGift != null) {
                if (!$util.isObject(object.sendGift))
                    throw $TypeError(".game.Envelope.sendGift: object expected");
                message.sendGift = $root.game.SendGift.fromObject(object.sendGift, _depth + 1);
            }
            if (object.chat != null) {
                if (!$util.isObject(object.chat))
                    throw $TypeError(".game.Envelope.chat: object expected");
                message.chat = $root.game.Chat.fromObject(object.chat, _depth + 1);
            }
            if (object.top != null) {
                if (!$util.isObject(object.top))
                    throw $TypeError(".game.Envelope.top: object expected");
                message.top = $root.game.Top.fromObject(object.top, _depth + 1);
            }
            if (object.topResult != null) {
                if (!$util.isObject(object.topResult))
                    throw $TypeError(".game.Envelope.topResult: object expected");
                message.topResult = $root.game.TopResult.fromObject(object.topResult, _depth + 1);
            }
            if (object.acceptFriend != null) {
                if (!$util.isObject(object.acceptFriend))
                    throw $TypeError(".game.Envelope.acceptFriend: object expected");
                message.acceptFriend = $root.game.AcceptFriend.fromObject(object.acceptFriend, _depth + 1);
            }
            if (object.declineFriend != null) {
                if (!$util.isObject(object.declineFriend))
                    throw $TypeError(".game.Envelope.declineFriend: object expected");
                message.declineFriend = $root.game.DeclineFriend.fromObject(object.declineFriend, _depth + 1);
            }
            if (object.block != null) {
                if (!$util.isObject(object.block))
                    throw $TypeError(".game.Envelope.block: object expected");
                message.block = $root.game.Block.fromObject(object.block, _depth + 1);
            }
            if (object.unblock != null) {
                if (!$util.isObject(object.unblock))
                    throw $TypeError(".game.Envelope.unblock: object expected");
                message.unblock = $root.game.Unblock.fromObject(object.unblock, _depth + 1);
            }
            if (object.getPresence != null) {
                if (!$util.isObject(object.getPresence))
                    throw $TypeError(".game.Envelope.getPresence: object expected");
                message.getPresence = $root.game.GetPresence.fromObject(object.getPresence, _depth + 1);
            }
            if (object.presence != null) {
                if (!$util.isObject(object.presence))
                    throw $TypeError(".game.Envelope.presence: object expected");
                message.presence = $root.game.Presence.fromObject(object.presence, _depth + 1);
            }
            if (object.kicked != null) {
                if (!$util.isObject(object.kicked))
                    throw $TypeError(".game.Envelope.kicked: object expected");
                message.kicked = $root.game.Kicked.fromObject(object.kicked, _depth + 1);
            }
            if (object.serverShutdown != null) {
                if (!$util.isObject(object.serverShutdown))
                    throw $TypeError(".game.Envelope.serverShutdown: object expected");
                message.serverShutdown = $root.game.ServerShutdown.fromObject(object.serverShutdown, _depth + 1);
            }
            if (object.giftReceived != null) {
                if (!$util.isObject(object.giftReceived))
                    throw $TypeError(".game.Envelope.giftReceived: object expected");
                message.giftReceived = $root.game.GiftReceived.fromObject(object.giftReceived, _depth + 1);
            }
            if (object.chatReceived != null) {
                if (!$util.isObject(object.chatReceived))
                    throw $TypeError(".game.Envelope.chatReceived: object expected");
                message.chatReceived = $root.game.ChatReceived.fromObject(object.chatReceived, _depth + 1);
            }
            if (object.friendRequest != null) {
                if (!$util.isObject(object.friendRequest))
                    throw $TypeError(".game.Envelope.friendRequest: object expected");
                message.friendRequest = $root.game.FriendRequest.fromObject(object.friendRequest, _depth + 1);
            }
            if (object.friendUpdate != null) {
                if (!$util.isObject(object.friendUpdate))
                    throw $TypeError(".game.Envelope.friendUpdate: object expected");
                message.friendUpdate = $root.game.FriendUpdate.fromObject(object.friendUpdate, _depth + 1);
            }
            if (object.stateChange != null) {
                if (!$util.isObject(object.stateChange))
                    throw $TypeError(".game.Envelope.stateChange: object expected");
                message.stateChange = $root.game.StateChange.fromObject(object.stateChange, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an Envelope message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Envelope
         * @static
         * @param {game.Envelope} message Envelope
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Envelope.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.seq = 0;
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                object.seq = message.seq;
            if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                object.login = $root.game.Login.toObject(message.login, options, _depth + 1);
                if (options.oneofs)
                    object.body = "login";
            }
            if (message.loginOk != null && $Object.hasOwnProperty.call(message, "loginOk")) {
                object.loginOk = $root.game.LoginOk.toObject(message.loginOk, options, _depth + 1);
                if (options.oneofs)
                    object.body = "loginOk";
            }
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                object.ping = $root.game.Ping.toObject(message.ping, options, _depth + 1);
                if (options.oneofs)
                    object.body = "ping";
            }
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                object.pong = $root.game.Pong.toObject(message.pong, options, _depth + 1);
                if (options.oneofs)
                    object.body = "pong";
            }
            if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                object.error = $root.game.Error.toObject(message.error, options, _depth + 1);
                if (options.oneofs)
                    object.body = "error";
            }
            if (message.logout != null && $Object.hasOwnProperty.call(message, "logout")) {
                object.logout = $root.game.Logout.toObject(message.logout, options, _depth + 1);
                if (options.oneofs)
                    object.body = "logout";
            }
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                object.ok = $root.game.Ok.toObject(message.ok, options, _depth + 1);
                if (options.oneofs)
                    object.body = "ok";
            }
            if (message.getState != null && $Object.hasOwnProperty.call(message, "getState")) {
                object.getState = $root.game.GetState.toObject(message.getState, options, _depth + 1);
                if (options.oneofs)
                    object.body = "getState";
            }
            if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                object.state = $root.game.PlayerState.toObject(message.state, options, _depth + 1);
                if (options.oneofs)
                    object.body = "state";
            }
            if (message.plant != null && $Object.hasOwnProperty.call(message, "plant")) {
                object.plant = $root.game.Plant.toObject(message.plant, options, _depth + 1);
                if (options.oneofs)
                    object.body = "plant";
            }
            if (message.harvest != null && $Object.hasOwnProperty.call(message, "harvest")) {
                object.harvest = $root.game.Harvest.toObject(message.harvest, options, _depth + 1);
                if (options.oneofs)
                    object.body = "harvest";
            }
            if (message.sell != null && $Object.hasOwnProperty.call(message, "sell")) {
                object.sell = $root.game.Sell.toObject(message.sell, options, _depth + 1);
                if (options.oneofs)
                    object.body = "sell";
            }
            if (message.addFriend != null && $Object.hasOwnProperty.call(message, "addFriend")) {
                object.addFriend = $root.game.AddFriend.toObject(message.addFriend, options, _depth + 1);
                if (options.oneofs)
                    object.body = "addFriend";
            }
            if (message.removeFriend != null && $Object.hasOwnProperty.call(message, "removeFriend")) {
                object.removeFriend = $root.game.RemoveFriend.toObject(message.removeFriend, options, _depth + 1);
                if (options.oneofs)
                    object.body = "removeFriend";
            }
            if (message.visitFriend != null && $Object.hasOwnProperty.call(message, "visitFriend")) {
                object.visitFriend = $root.game.VisitFriend.toObject(message.visitFriend, options, _depth + 1);
                if (options.oneofs)
                    object.body = "visitFriend";
            }
            if (message.friendFarm != null && $Object.hasOwnProperty.call(message, "friendFarm")) {
                object.friendFarm = $root.game.FriendFarm.toObject(message.friendFarm, options, _depth + 1);
                if (options.oneofs)
                    object.body = "friendFarm";
            }
            if (message.sendGift != null && $Object.hasOwnProperty.call(message, "sendGift")) {
                object.sendGift = $root.game.SendGift.toObject(message.sendGift, options, _depth + 1);
                if (options.oneofs)
                    object.body = "sendGift";
            }
            if (message.chat != null && $Object.hasOwnProperty.call(message, "chat")) {
                object.chat = $root.game.Chat.toObject(message.chat, options, _depth + 1);
                if (options.oneofs)
                    object.body = "chat";
            }
            if (message.top != null && $Object.hasOwnProperty.call(message, "top")) {
                object.top = $root.game.Top.toObject(message.top, options, _depth + 1);
                if (options.oneofs)
                    object.body = "top";
            }
            if (message.topResult != null && $Object.hasOwnProperty.call(message, "topResult")) {
                object.topResult = $root.game.TopResult.toObject(message.topResult, options, _depth + 1);
                if (options.oneofs)
                    object.body = "topResult";
            }
            if (message.acceptFriend != null && $Object.hasOwnProperty.call(message, "acceptFriend")) {
                object.acceptFriend = $root.game.AcceptFriend.toObject(message.acceptFriend, options, _depth + 1);
                if (options.oneofs)
                    object.body = "acceptFriend";
            }
            if (message.declineFriend != null && $Object.hasOwnProperty.call(message, "declineFriend")) {
                object.declineFriend = $root.game.DeclineFriend.toObject(message.declineFriend, options, _depth + 1);
                if (options.oneofs)
                    object.body = "declineFriend";
            }
            if (message.block != null && $Object.hasOwnProperty.call(message, "block")) {
                object.block = $root.game.Block.toObject(message.block, options, _depth + 1);
                if (options.oneofs)
                    object.body = "block";
            }
            if (message.unblock != null && $Object.hasOwnProperty.call(message, "unblock")) {
                object.unblock = $root.game.Unblock.toObject(message.unblock, options, _depth + 1);
                if (options.oneofs)
                    object.body = "unblock";
            }
            if (message.getPresence != null && $Object.hasOwnProperty.call(message, "getPresence")) {
                object.getPresence = $root.game.GetPresence.toObject(message.getPresence, options, _depth + 1);
                if (options.oneofs)
                    object.body = "getPresence";
            }
            if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                object.presence = $root.game.Presence.toObject(message.presence, options, _depth + 1);
                if (options.oneofs)
                    object.body = "presence";
            }
            if (message.kicked != null && $Object.hasOwnProperty.call(message, "kicked")) {
                object.kicked = $root.game.Kicked.toObject(message.kicked, options, _depth + 1);
                if (options.oneofs)
                    object.body = "kicked";
            }
            if (message.serverShutdown != null && $Object.hasOwnProperty.call(message, "serverShutdown")) {
                object.serverShutdown = $root.game.ServerShutdown.toObject(message.serverShutdown, options, _depth + 1);
                if (options.oneofs)
                    object.body = "serverShutdown";
            }
            if (message.giftReceived != null && $Object.hasOwnProperty.call(message, "giftReceived")) {
                object.giftReceived = $root.game.GiftReceived.toObject(message.giftReceived, options, _depth + 1);
                if (options.oneofs)
                    object.body = "giftReceived";
            }
            if (message.chatReceived != null && $Object.hasOwnProperty.call(message, "chatReceived")) {
                object.chatReceived = $root.game.ChatReceived.toObject(message.chatReceived, options, _depth + 1);
                if (options.oneofs)
                    object.body = "chatReceived";
            }
            if (message.friendRequest != null && $Object.hasOwnProperty.call(message, "friendRequest")) {
                object.friendRequest = $root.game.FriendRequest.toObject(message.friendRequest, options, _depth + 1);
                if (options.oneofs)
                    object.body = "friendRequest";
            }
            if (message.friendUpdate != null && $Object.hasOwnProperty.call(message, "friendUpdate")) {
                object.friendUpdate = $root.game.FriendUpdate.toObject(message.friendUpdate, options, _depth + 1);
                if (options.oneofs)
                    object.body = "friendUpdate";
            }
            if (message.stateChange != null && $Object.hasOwnProperty.call(message, "stateChange")) {
                object.stateChange = $root.game.StateChange.toObject(message.stateChange, options, _depth + 1);
                if (options.oneofs)
                    object.body = "stateChange";
            }
            return object;
        };

        /**
         * Converts this Envelope to JSON.
         * @function toJSON
         * @memberof game.Envelope
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Envelope.prototype.toJSON = function() {
            return Envelope.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Envelope
         * @function getTypeUrl
         * @memberof game.Envelope
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Envelope.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Envelope";
        };

        return Envelope;
    })();

    game.Login = (function() {

        /**
         * Properties of a Login.
         * @typedef {Object} game.Login.$Properties
         * @property {string|null} [token] Login token
         * @property {string|null} [clientVersion] Login clientVersion
         * @property {boolean|null} [stateChanges] Login stateChanges
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Login.
         * @memberof game
         * @interface ILogin
         * @augments game.Login.$Properties
         * @deprecated Use game.Login.$Properties instead.
         */

        /**
         * Shape of a Login.
         * @typedef {game.Login.$Properties} game.Login.$Shape
         */

        /**
         * Constructs a new Login.
         * @memberof game
         * @classdesc Represents a Login.
         * @constructor
         * @param {game.Login.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Login = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Login token.
         * @member {string} token
         * @memberof game.Login
         * @instance
         */
        Login.prototype.token = "";

        /**
         * Login clientVersion.
         * @member {string} clientVersion
         * @memberof game.Login
         * @instance
         */
        Login.prototype.clientVersion = "";

        /**
         * Login stateChanges.
         * @member {boolean} stateChanges
         * @memberof game.Login
         * @instance
         */
        Login.prototype.stateChanges = false;

        /**
         * Creates a new Login instance using the specified properties.
         * @function create
         * @memberof game.Login
         * @static
         * @param {game.Login.$Properties=} [properties] Properties to set
         * @returns {game.Login} Login instance
         * @type {{
         *   (properties: game.Login.$Shape): game.Login & game.Login.$Shape;
         *   (properties?: game.Login.$Properties): game.Login;
         * }}
         */
        Login.create = function(properties) {
            return new Login(properties);
        };

        /**
         * Encodes the specified Login message. Does not implicitly {@link game.Login.verify|verify} messages.
         * @function encode
         * @memberof game.Login
         * @static
         * @param {game.Login.$Properties} message Login message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Login.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
            if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion") && message.clientVersion !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientVersion);
            if (message.stateChanges != null && $Object.hasOwnProperty.call(message, "stateChanges") && message.stateChanges !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.stateChanges);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Login message from the specified reader or buffer.
         * @function decode
         * @memberof game.Login
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Login & game.Login.$Shape} Login
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Login.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Login();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.clientVersion = value;
                        else
                            delete message.clientVersion;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.stateChanges = value;
                        else
                            delete message.stateChanges;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Login message.
         * @function verify
         * @memberof game.Login
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Login.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
            if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion"))
                if (!$util.isString(message.clientVersion))
                    return "clientVersion: string expected";
            if (message.stateChanges != null && $Object.hasOwnProperty.call(message, "stateChanges"))
                if (typeof message.stateChanges !== "boolean")
                    return "stateChanges: boolean expected";
            return null;
        };

        /**
         * Creates a Login message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Login
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Login} Login
         */
        Login.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Login)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Login: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Login();
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
            if (object.clientVersion != null)
                if (typeof object.clientVersion !== "string" || object.clientVersion.length)
                    message.clientVersion = $String(object.clientVersion);
            if (object.stateChanges != null)
                if (object.stateChanges)
                    message.stateChanges = $Boolean(object.stateChanges);
            return message;
        };

        /**
         * Creates a plain object from a Login message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Login
         * @static
         * @param {game.Login} message Login
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Login.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.token = "";
                object.clientVersion = "";
                object.stateChanges = false;
            }
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            if (message.clientVersion != null && $Object.hasOwnProperty.call(message, "clientVersion"))
                object.clientVersion = message.clientVersion;
            if (message.stateChanges != null && $Object.hasOwnProperty.call(message, "stateChanges"))
                object.stateChanges = message.stateChanges;
            return object;
        };

        /**
         * Converts this Login to JSON.
         * @function toJSON
         * @memberof game.Login
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Login.prototype.toJSON = function() {
            return Login.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Login
         * @function getTypeUrl
         * @memberof game.Login
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Login.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Login";
        };

        return Login;
    })();

    game.LoginOk = (function() {

        /**
         * Properties of a LoginOk.
         * @typedef {Object} game.LoginOk.$Properties
         * @property {number|null} [playerId] LoginOk playerId
         * @property {game.PlayerState.$Properties|null} [state] LoginOk state
         * @property {number|null} [idleTimeoutMs] LoginOk idleTimeoutMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LoginOk.
         * @memberof game
         * @interface ILoginOk
         * @augments game.LoginOk.$Properties
         * @deprecated Use game.LoginOk.$Properties instead.
         */

        /**
         * Shape of a LoginOk.
         * @typedef {game.LoginOk.$Properties} game.LoginOk.$Shape
         */

        /**
         * Constructs a new LoginOk.
         * @memberof game
         * @classdesc Represents a LoginOk.
         * @constructor
         * @param {game.LoginOk.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var LoginOk = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LoginOk playerId.
         * @member {number} playerId
         * @memberof game.LoginOk
         * @instance
         */
        LoginOk.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * LoginOk state.
         * @member {game.PlayerState.$Properties|null|undefined} state
         * @memberof game.LoginOk
         * @instance
         */
        LoginOk.prototype.state = null;

        /**
         * LoginOk idleTimeoutMs.
         * @member {number} idleTimeoutMs
         * @memberof game.LoginOk
         * @instance
         */
        LoginOk.prototype.idleTimeoutMs = 0;

        /**
         * Creates a new LoginOk instance using the specified properties.
         * @function create
         * @memberof game.LoginOk
         * @static
         * @param {game.LoginOk.$Properties=} [properties] Properties to set
         * @returns {game.LoginOk} LoginOk instance
         * @type {{
         *   (properties: game.LoginOk.$Shape): game.LoginOk & game.LoginOk.$Shape;
         *   (properties?: game.LoginOk.$Properties): game.LoginOk;
         * }}
         */
        LoginOk.create = function(properties) {
            return new LoginOk(properties);
        };

        /**
         * Encodes the specified LoginOk message. Does not implicitly {@link game.LoginOk.verify|verify} messages.
         * @function encode
         * @memberof game.LoginOk
         * @static
         * @param {game.LoginOk.$Properties} message LoginOk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LoginOk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && (typeof message.playerId === "object" ? message.playerId.low || message.playerId.high : message.playerId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                $root.game.PlayerState.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs") && message.idleTimeoutMs !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.idleTimeoutMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a LoginOk message from the specified reader or buffer.
         * @function decode
         * @memberof game.LoginOk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.LoginOk & game.LoginOk.$Shape} LoginOk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LoginOk.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.LoginOk();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.state = $root.game.PlayerState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.idleTimeoutMs = value;
                        else
                            delete message.idleTimeoutMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a LoginOk message.
         * @function verify
         * @memberof game.LoginOk
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LoginOk.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                    return "playerId: integer|Long expected";
            if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                var error = $root.game.PlayerState.verify(message.state, _depth + 1);
                if (error)
                    return "state." + error;
            }
            if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs"))
                if (!$util.isInteger(message.idleTimeoutMs))
                    return "idleTimeoutMs: integer expected";
            return null;
        };

        /**
         * Creates a LoginOk message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.LoginOk
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.LoginOk} LoginOk
         */
        LoginOk.fromObject = function (object, _depth) {
            if (object instanceof $root.game.LoginOk)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.LoginOk: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.LoginOk();
            if (object.playerId != null)
                if (typeof object.playerId === "object" ? object.playerId.low || object.playerId.high : $Number(object.playerId) !== 0)
                    if ($util.Long)
                        message.playerId = $util.Long.fromValue(object.playerId, true);
                    else if (typeof object.playerId === "string")
                        message.playerId = $parseInt(object.playerId, 10);
                    else if (typeof object.playerId === "number")
                        message.playerId = object.playerId;
                    else if (typeof object.playerId === "object")
                        message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
            if (object.state != null) {
                if (!$util.isObject(object.state))
                    throw $TypeError(".game.LoginOk.state: object expected");
                message.state = $root.game.PlayerState.fromObject(object.state, _depth + 1);
            }
            if (object.idleTimeoutMs != null)
                if ($Number(object.idleTimeoutMs) !== 0)
                    message.idleTimeoutMs = object.idleTimeoutMs >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a LoginOk message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.LoginOk
         * @static
         * @param {game.LoginOk} message LoginOk
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LoginOk.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.playerId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.playerId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.state = null;
                object.idleTimeoutMs = 0;
            }
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.playerId = typeof message.playerId === "number" ? $BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                else if (typeof message.playerId === "number")
                    object.playerId = options.longs === $String ? $String(message.playerId) : message.playerId;
                else
                    object.playerId = options.longs === $String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === $Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = $root.game.PlayerState.toObject(message.state, options, _depth + 1);
            if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs"))
                object.idleTimeoutMs = message.idleTimeoutMs;
            return object;
        };

        /**
         * Converts this LoginOk to JSON.
         * @function toJSON
         * @memberof game.LoginOk
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LoginOk.prototype.toJSON = function() {
            return LoginOk.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LoginOk
         * @function getTypeUrl
         * @memberof game.LoginOk
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LoginOk.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.LoginOk";
        };

        return LoginOk;
    })();

    game.Ping = (function() {

        /**
         * Properties of a Ping.
         * @typedef {Object} game.Ping.$Properties
         * @property {number|null} [clientTime] Ping clientTime
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Ping.
         * @memberof game
         * @interface IPing
         * @augments game.Ping.$Properties
         * @deprecated Use game.Ping.$Properties instead.
         */

        /**
         * Shape of a Ping.
         * @typedef {game.Ping.$Properties} game.Ping.$Shape
         */

        /**
         * Constructs a new Ping.
         * @memberof game
         * @classdesc Represents a Ping.
         * @constructor
         * @param {game.Ping.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Ping = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Ping clientTime.
         * @member {number} clientTime
         * @memberof game.Ping
         * @instance
         */
        Ping.prototype.clientTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Ping instance using the specified properties.
         * @function create
         * @memberof game.Ping
         * @static
         * @param {game.Ping.$Properties=} [properties] Properties to set
         * @returns {game.Ping} Ping instance
         * @type {{
         *   (properties: game.Ping.$Shape): game.Ping & game.Ping.$Shape;
         *   (properties?: game.Ping.$Properties): game.Ping;
         * }}
         */
        Ping.create = function(properties) {
            return new Ping(properties);
        };

        /**
         * Encodes the specified Ping message. Does not implicitly {@link game.Ping.verify|verify} messages.
         * @function encode
         * @memberof game.Ping
         * @static
         * @param {game.Ping.$Properties} message Ping message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ping.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime") && (typeof message.clientTime === "object" ? message.clientTime.low || message.clientTime.high : message.clientTime !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clientTime);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @function decode
         * @memberof game.Ping
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Ping & game.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ping.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Ping();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.clientTime = value;
                        else
                            delete message.clientTime;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Ping message.
         * @function verify
         * @memberof game.Ping
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Ping.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime"))
                if (!$util.isInteger(message.clientTime) && !(message.clientTime && $util.isInteger(message.clientTime.low) && $util.isInteger(message.clientTime.high)))
                    return "clientTime: integer|Long expected";
            return null;
        };

        /**
         * Creates a Ping message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Ping
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Ping} Ping
         */
        Ping.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Ping)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Ping: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Ping();
            if (object.clientTime != null)
                if (typeof object.clientTime === "object" ? object.clientTime.low || object.clientTime.high : $Number(object.clientTime) !== 0)
                    if ($util.Long)
                        message.clientTime = $util.Long.fromValue(object.clientTime, true);
                    else if (typeof object.clientTime === "string")
                        message.clientTime = $parseInt(object.clientTime, 10);
                    else if (typeof object.clientTime === "number")
                        message.clientTime = object.clientTime;
                    else if (typeof object.clientTime === "object")
                        message.clientTime = new $util.LongBits(object.clientTime.low >>> 0, object.clientTime.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a Ping message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Ping
         * @static
         * @param {game.Ping} message Ping
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Ping.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.clientTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.clientTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.clientTime = typeof message.clientTime === "number" ? $BigInt(message.clientTime) : $util.Long.fromBits(message.clientTime.low >>> 0, message.clientTime.high >>> 0, true).toBigInt();
                else if (typeof message.clientTime === "number")
                    object.clientTime = options.longs === $String ? $String(message.clientTime) : message.clientTime;
                else
                    object.clientTime = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTime) : options.longs === $Number ? new $util.LongBits(message.clientTime.low >>> 0, message.clientTime.high >>> 0).toNumber(true) : message.clientTime;
            return object;
        };

        /**
         * Converts this Ping to JSON.
         * @function toJSON
         * @memberof game.Ping
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Ping.prototype.toJSON = function() {
            return Ping.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Ping
         * @function getTypeUrl
         * @memberof game.Ping
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Ping.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Ping";
        };

        return Ping;
    })();

    game.Pong = (function() {

        /**
         * Properties of a Pong.
         * @typedef {Object} game.Pong.$Properties
         * @property {number|null} [clientTime] Pong clientTime
         * @property {number|null} [serverTime] Pong serverTime
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Pong.
         * @memberof game
         * @interface IPong
         * @augments game.Pong.$Properties
         * @deprecated Use game.Pong.$Properties instead.
         */

        /**
         * Shape of a Pong.
         * @typedef {game.Pong.$Properties} game.Pong.$Shape
         */

        /**
         * Constructs a new Pong.
         * @memberof game
         * @classdesc Represents a Pong.
         * @constructor
         * @param {game.Pong.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Pong = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Pong clientTime.
         * @member {number} clientTime
         * @memberof game.Pong
         * @instance
         */
        Pong.prototype.clientTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Pong serverTime.
         * @member {number} serverTime
         * @memberof game.Pong
         * @instance
         */
        Pong.prototype.serverTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Pong instance using the specified properties.
         * @function create
         * @memberof game.Pong
         * @static
         * @param {game.Pong.$Properties=} [properties] Properties to set
         * @returns {game.Pong} Pong instance
         * @type {{
         *   (properties: game.Pong.$Shape): game.Pong & game.Pong.$Shape;
         *   (properties?: game.Pong.$Properties): game.Pong;
         * }}
         */
        Pong.create = function(properties) {
            return new Pong(properties);
        };

        /**
         * Encodes the specified Pong message. Does not implicitly {@link game.Pong.verify|verify} messages.
         * @function encode
         * @memberof game.Pong
         * @static
         * @param {game.Pong.$Properties} message Pong message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Pong.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime") && (typeof message.clientTime === "object" ? message.clientTime.low || message.clientTime.high : message.clientTime !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clientTime);
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime") && (typeof message.serverTime === "object" ? message.serverTime.low || message.serverTime.high : message.serverTime !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.serverTime);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Pong message from the specified reader or buffer.
         * @function decode
         * @memberof game.Pong
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Pong & game.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Pong.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Pong();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.clientTime = value;
                        else
                            delete message.clientTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.serverTime = value;
                        else
                            delete message.serverTime;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Pong message.
         * @function verify
         * @memberof game.Pong
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Pong.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime"))
                if (!$util.isInteger(message.clientTime) && !(message.clientTime && $util.isInteger(message.clientTime.low) && $util.isInteger(message.clientTime.high)))
                    return "clientTime: integer|Long expected";
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (!$util.isInteger(message.serverTime) && !(message.serverTime && $util.isInteger(message.serverTime.low) && $util.isInteger(message.serverTime.high)))
                    return "serverTime: integer|Long expected";
            return null;
        };

        /**
         * Creates a Pong message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Pong
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Pong} Pong
         */
        Pong.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Pong)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Pong: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Pong();
            if (object.clientTime != null)
                if (typeof object.clientTime === "object" ? object.clientTime.low || object.clientTime.high : $Number(object.clientTime) !== 0)
                    if ($util.Long)
                        message.clientTime = $util.Long.fromValue(object.clientTime, true);
                    else if (typeof object.clientTime === "string")
                        message.clientTime = $parseInt(object.clientTime, 10);
                    else if (typeof object.clientTime === "number")
                        message.clientTime = object.clientTime;
                    else if (typeof object.clientTime === "object")
                        message.clientTime = new $util.LongBits(object.clientTime.low >>> 0, object.clientTime.high >>> 0).toNumber(true);
            if (object.serverTime != null)
                if (typeof object.serverTime === "object" ? object.serverTime.low || object.serverTime.high : $Number(object.serverTime) !== 0)
                    if ($util.Long)
                        message.serverTime = $util.Long.fromValue(object.serverTime, true);
                    else if (typeof object.serverTime === "string")
                        message.serverTime = $parseInt(object.serverTime, 10);
                    else if (typeof object.serverTime === "number")
                        message.serverTime = object.serverTime;
                    else if (typeof object.serverTime === "object")
                        message.serverTime = new $util.LongBits(object.serverTime.low >>> 0, object.serverTime.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a Pong message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Pong
         * @static
         * @param {game.Pong} message Pong
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Pong.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.clientTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.clientTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.serverTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.serverTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.clientTime != null && $Object.hasOwnProperty.call(message, "clientTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.clientTime = typeof message.clientTime === "number" ? $BigInt(message.clientTime) : $util.Long.fromBits(message.clientTime.low >>> 0, message.clientTime.high >>> 0, true).toBigInt();
                else if (typeof message.clientTime === "number")
                    object.clientTime = options.longs === $String ? $String(message.clientTime) : message.clientTime;
                else
                    object.clientTime = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTime) : options.longs === $Number ? new $util.LongBits(message.clientTime.low >>> 0, message.clientTime.high >>> 0).toNumber(true) : message.clientTime;
            if (message.serverTime != null && $Object.hasOwnProperty.call(message, "serverTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.serverTime = typeof message.serverTime === "number" ? $BigInt(message.serverTime) : $util.Long.fromBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0, true).toBigInt();
                else if (typeof message.serverTime === "number")
                    object.serverTime = options.longs === $String ? $String(message.serverTime) : message.serverTime;
                else
                    object.serverTime = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTime) : options.longs === $Number ? new $util.LongBits(message.serverTime.low >>> 0, message.serverTime.high >>> 0).toNumber(true) : message.serverTime;
            return object;
        };

        /**
         * Converts this Pong to JSON.
         * @function toJSON
         * @memberof game.Pong
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Pong.prototype.toJSON = function() {
            return Pong.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Pong
         * @function getTypeUrl
         * @memberof game.Pong
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Pong.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Pong";
        };

        return Pong;
    })();

    game.Error = (function() {

        /**
         * Properties of an Error.
         * @typedef {Object} game.Error.$Properties
         * @property {string|null} [code] Error code
         * @property {string|null} [message] Error message
         * @property {boolean|null} [retryable] Error retryable
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Error.
         * @memberof game
         * @interface IError
         * @augments game.Error.$Properties
         * @deprecated Use game.Error.$Properties instead.
         */

        /**
         * Shape of an Error.
         * @typedef {game.Error.$Properties} game.Error.$Shape
         */

        /**
         * Constructs a new Error.
         * @memberof game
         * @classdesc Represents an Error.
         * @constructor
         * @param {game.Error.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Error = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Error code.
         * @member {string} code
         * @memberof game.Error
         * @instance
         */
        Error.prototype.code = "";

        /**
         * Error message.
         * @member {string} message
         * @memberof game.Error
         * @instance
         */
        Error.prototype.message = "";

        /**
         * Error retryable.
         * @member {boolean} retryable
         * @memberof game.Error
         * @instance
         */
        Error.prototype.retryable = false;

        /**
         * Creates a new Error instance using the specified properties.
         * @function create
         * @memberof game.Error
         * @static
         * @param {game.Error.$Properties=} [properties] Properties to set
         * @returns {game.Error} Error instance
         * @type {{
         *   (properties: game.Error.$Shape): game.Error & game.Error.$Shape;
         *   (properties?: game.Error.$Properties): game.Error;
         * }}
         */
        Error.create = function(properties) {
            return new Error(properties);
        };

        /**
         * Encodes the specified Error message. Does not implicitly {@link game.Error.verify|verify} messages.
         * @function encode
         * @memberof game.Error
         * @static
         * @param {game.Error.$Properties} message Error message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Error.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.retryable);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Error message from the specified reader or buffer.
         * @function decode
         * @memberof game.Error
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Error & game.Error.$Shape} Error
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Error.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Error();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.retryable = value;
                        else
                            delete message.retryable;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies an Error message.
         * @function verify
         * @memberof game.Error
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Error.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                if (!$util.isString(message.code))
                    return "code: string expected";
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                if (typeof message.retryable !== "boolean")
                    return "retryable: boolean expected";
            return null;
        };

        /**
         * Creates an Error message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Error
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Error} Error
         */
        Error.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Error)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Error: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Error();
            if (object.code != null)
                if (typeof object.code !== "string" || object.code.length)
                    message.code = $String(object.code);
            if (object.message != null)
                if (typeof object.message !== "string" || object.message.length)
                    message.message = $String(object.message);
            if (object.retryable != null)
                if (object.retryable)
                    message.retryable = $Boolean(object.retryable);
            return message;
        };

        /**
         * Creates a plain object from an Error message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Error
         * @static
         * @param {game.Error} message Error
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Error.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.code = "";
                object.message = "";
                object.retryable = false;
            }
            if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                object.code = message.code;
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                object.retryable = message.retryable;
            return object;
        };

        /**
         * Converts this Error to JSON.
         * @function toJSON
         * @memberof game.Error
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Error.prototype.toJSON = function() {
            return Error.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Error
         * @function getTypeUrl
         * @memberof game.Error
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Error.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Error";
        };

        return Error;
    })();

    game.Logout = (function() {

        /**
         * Properties of a Logout.
         * @typedef {Object} game.Logout.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Logout.
         * @memberof game
         * @interface ILogout
         * @augments game.Logout.$Properties
         * @deprecated Use game.Logout.$Properties instead.
         */

        /**
         * Shape of a Logout.
         * @typedef {game.Logout.$Properties} game.Logout.$Shape
         */

        /**
         * Constructs a new Logout.
         * @memberof game
         * @classdesc Represents a Logout.
         * @constructor
         * @param {game.Logout.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Logout = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new Logout instance using the specified properties.
         * @function create
         * @memberof game.Logout
         * @static
         * @param {game.Logout.$Properties=} [properties] Properties to set
         * @returns {game.Logout} Logout instance
         * @type {{
         *   (properties: game.Logout.$Shape): game.Logout & game.Logout.$Shape;
         *   (properties?: game.Logout.$Properties): game.Logout;
         * }}
         */
        Logout.create = function(properties) {
            return new Logout(properties);
        };

        /**
         * Encodes the specified Logout message. Does not implicitly {@link game.Logout.verify|verify} messages.
         * @function encode
         * @memberof game.Logout
         * @static
         * @param {game.Logout.$Properties} message Logout message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Logout.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Logout message from the specified reader or buffer.
         * @function decode
         * @memberof game.Logout
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Logout & game.Logout.$Shape} Logout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Logout.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Logout();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Logout message.
         * @function verify
         * @memberof game.Logout
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Logout.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a Logout message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Logout
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Logout} Logout
         */
        Logout.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Logout)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Logout: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.game.Logout();
        };

        /**
         * Creates a plain object from a Logout message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Logout
         * @static
         * @param {game.Logout} message Logout
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Logout.toObject = function () {
            return {};
        };

        /**
         * Converts this Logout to JSON.
         * @function toJSON
         * @memberof game.Logout
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Logout.prototype.toJSON = function() {
            return Logout.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Logout
         * @function getTypeUrl
         * @memberof game.Logout
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Logout.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Logout";
        };

        return Logout;
    })();

    game.Ok = (function() {

        /**
         * Properties of an Ok.
         * @typedef {Object} game.Ok.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Ok.
         * @memberof game
         * @interface IOk
         * @augments game.Ok.$Properties
         * @deprecated Use game.Ok.$Properties instead.
         */

        /**
         * Shape of an Ok.
         * @typedef {game.Ok.$Properties} game.Ok.$Shape
         */

        /**
         * Constructs a new Ok.
         * @memberof game
         * @classdesc Represents an Ok.
         * @constructor
         * @param {game.Ok.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Ok = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new Ok instance using the specified properties.
         * @function create
         * @memberof game.Ok
         * @static
         * @param {game.Ok.$Properties=} [properties] Properties to set
         * @returns {game.Ok} Ok instance
         * @type {{
         *   (properties: game.Ok.$Shape): game.Ok & game.Ok.$Shape;
         *   (properties?: game.Ok.$Properties): game.Ok;
         * }}
         */
        Ok.create = function(properties) {
            return new Ok(properties);
        };

        /**
         * Encodes the specified Ok message. Does not implicitly {@link game.Ok.verify|verify} messages.
         * @function encode
         * @memberof game.Ok
         * @static
         * @param {game.Ok.$Properties} message Ok message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ok.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Ok message from the specified reader or buffer.
         * @function decode
         * @memberof game.Ok
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Ok & game.Ok.$Shape} Ok
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ok.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Ok();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies an Ok message.
         * @function verify
         * @memberof game.Ok
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Ok.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates an Ok message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Ok
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Ok} Ok
         */
        Ok.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Ok)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Ok: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.game.Ok();
        };

        /**
         * Creates a plain object from an Ok message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Ok
         * @static
         * @param {game.Ok} message Ok
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Ok.toObject = function () {
            return {};
        };

        /**
         * Converts this Ok to JSON.
         * @function toJSON
         * @memberof game.Ok
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Ok.prototype.toJSON = function() {
            return Ok.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Ok
         * @function getTypeUrl
         * @memberof game.Ok
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Ok.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Ok";
        };

        return Ok;
    })();

    game.GetState = (function() {

        /**
         * Properties of a GetState.
         * @typedef {Object} game.GetState.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetState.
         * @memberof game
         * @interface IGetState
         * @augments game.GetState.$Properties
         * @deprecated Use game.GetState.$Properties instead.
         */

        /**
         * Shape of a GetState.
         * @typedef {game.GetState.$Properties} game.GetState.$Shape
         */

        /**
         * Constructs a new GetState.
         * @memberof game
         * @classdesc Represents a GetState.
         * @constructor
         * @param {game.GetState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetState = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new GetState instance using the specified properties.
         * @function create
         * @memberof game.GetState
         * @static
         * @param {game.GetState.$Properties=} [properties] Properties to set
         * @returns {game.GetState} GetState instance
         * @type {{
         *   (properties: game.GetState.$Shape): game.GetState & game.GetState.$Shape;
         *   (properties?: game.GetState.$Properties): game.GetState;
         * }}
         */
        GetState.create = function(properties) {
            return new GetState(properties);
        };

        /**
         * Encodes the specified GetState message. Does not implicitly {@link game.GetState.verify|verify} messages.
         * @function encode
         * @memberof game.GetState
         * @static
         * @param {game.GetState.$Properties} message GetState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GetState message from the specified reader or buffer.
         * @function decode
         * @memberof game.GetState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.GetState & game.GetState.$Shape} GetState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.GetState();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a GetState message.
         * @function verify
         * @memberof game.GetState
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GetState.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a GetState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.GetState
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.GetState} GetState
         */
        GetState.fromObject = function (object, _depth) {
            if (object instanceof $root.game.GetState)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.GetState: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.game.GetState();
        };

        /**
         * Creates a plain object from a GetState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.GetState
         * @static
         * @param {game.GetState} message GetState
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetState.toObject = function () {
            return {};
        };

        /**
         * Converts this GetState to JSON.
         * @function toJSON
         * @memberof game.GetState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetState.prototype.toJSON = function() {
            return GetState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GetState
         * @function getTypeUrl
         * @memberof game.GetState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GetState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.GetState";
        };

        return GetState;
    })();

    game.Plot = (function() {

        /**
         * Properties of a Plot.
         * @typedef {Object} game.Plot.$Properties
         * @property {number|null} [index] Plot index
         * @property {string|null} [crop] Plot crop
         * @property {number|null} [plantedAt] Plot plantedAt
         * @property {number|null} [readyAt] Plot readyAt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Plot.
         * @memberof game
         * @interface IPlot
         * @augments game.Plot.$Properties
         * @deprecated Use game.Plot.$Properties instead.
         */

        /**
         * Shape of a Plot.
         * @typedef {game.Plot.$Properties} game.Plot.$Shape
         */

        /**
         * Constructs a new Plot.
         * @memberof game
         * @classdesc Represents a Plot.
         * @constructor
         * @param {game.Plot.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Plot = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Plot index.
         * @member {number} index
         * @memberof game.Plot
         * @instance
         */
        Plot.prototype.index = 0;

        /**
         * Plot crop.
         * @member {string} crop
         * @memberof game.Plot
         * @instance
         */
        Plot.prototype.crop = "";

        /**
         * Plot plantedAt.
         * @member {number} plantedAt
         * @memberof game.Plot
         * @instance
         */
        Plot.prototype.plantedAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Plot readyAt.
         * @member {number} readyAt
         * @memberof game.Plot
         * @instance
         */
        Plot.prototype.readyAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Plot instance using the specified properties.
         * @function create
         * @memberof game.Plot
         * @static
         * @param {game.Plot.$Properties=} [properties] Properties to set
         * @returns {game.Plot} Plot instance
         * @type {{
         *   (properties: game.Plot.$Shape): game.Plot & game.Plot.$Shape;
         *   (properties?: game.Plot.$Properties): game.Plot;
         * }}
         */
        Plot.create = function(properties) {
            return new Plot(properties);
        };

        /**
         * Encodes the specified Plot message. Does not implicitly {@link game.Plot.verify|verify} messages.
         * @function encode
         * @memberof game.Plot
         * @static
         * @param {game.Plot.$Properties} message Plot message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Plot.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
            if (message.crop != null && $Object.hasOwnProperty.call(message, "crop") && message.crop !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.crop);
            if (message.plantedAt != null && $Object.hasOwnProperty.call(message, "plantedAt") && (typeof message.plantedAt === "object" ? message.plantedAt.low || message.plantedAt.high : message.plantedAt !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.plantedAt);
            if (message.readyAt != null && $Object.hasOwnProperty.call(message, "readyAt") && (typeof message.readyAt === "object" ? message.readyAt.low || message.readyAt.high : message.readyAt !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.readyAt);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Plot message from the specified reader or buffer.
         * @function decode
         * @memberof game.Plot
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Plot & game.Plot.$Shape} Plot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Plot.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Plot();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.crop = value;
                        else
                            delete message.crop;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.plantedAt = value;
                        else
                            delete message.plantedAt;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.readyAt = value;
                        else
                            delete message.readyAt;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Plot message.
         * @function verify
         * @memberof game.Plot
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Plot.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (!$util.isInteger(message.index))
                    return "index: integer expected";
            if (message.crop != null && $Object.hasOwnProperty.call(message, "crop"))
                if (!$util.isString(message.crop))
                    return "crop: string expected";
            if (message.plantedAt != null && $Object.hasOwnProperty.call(message, "plantedAt"))
                if (!$util.isInteger(message.plantedAt) && !(message.plantedAt && $util.isInteger(message.plantedAt.low) && $util.isInteger(message.plantedAt.high)))
                    return "plantedAt: integer|Long expected";
            if (message.readyAt != null && $Object.hasOwnProperty.call(message, "readyAt"))
                if (!$util.isInteger(message.readyAt) && !(message.readyAt && $util.isInteger(message.readyAt.low) && $util.isInteger(message.readyAt.high)))
                    return "readyAt: integer|Long expected";
            return null;
        };

        /**
         * Creates a Plot message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Plot
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Plot} Plot
         */
        Plot.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Plot)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Plot: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Plot();
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            if (object.crop != null)
                if (typeof object.crop !== "string" || object.crop.length)
                    message.crop = $String(object.crop);
            if (object.plantedAt != null)
                if (typeof object.plantedAt === "object" ? object.plantedAt.low || object.plantedAt.high : $Number(object.plantedAt) !== 0)
                    if ($util.Long)
                        message.plantedAt = $util.Long.fromValue(object.plantedAt, true);
                    else if (typeof object.plantedAt === "string")
                        message.plantedAt = $parseInt(object.plantedAt, 10);
                    else if (typeof object.plantedAt === "number")
                        message.plantedAt = object.plantedAt;
                    else if (typeof object.plantedAt === "object")
                        message.plantedAt = new $util.LongBits(object.plantedAt.low >>> 0, object.plantedAt.high >>> 0).toNumber(true);
            if (object.readyAt != null)
                if (typeof object.readyAt === "object" ? object.readyAt.low || object.readyAt.high : $Number(object.readyAt) !== 0)
                    if ($util.Long)
                        message.readyAt = $util.Long.fromValue(object.readyAt, true);
                    else if (typeof object.readyAt === "string")
                        message.readyAt = $parseInt(object.readyAt, 10);
                    else if (typeof object.readyAt === "number")
                        message.readyAt = object.readyAt;
                    else if (typeof object.readyAt === "object")
                        message.readyAt = new $util.LongBits(object.readyAt.low >>> 0, object.readyAt.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a Plot message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Plot
         * @static
         * @param {game.Plot} message Plot
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Plot.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.index = 0;
                object.crop = "";
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.plantedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.plantedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.readyAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.readyAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.crop != null && $Object.hasOwnProperty.call(message, "crop"))
                object.crop = message.crop;
            if (message.plantedAt != null && $Object.hasOwnProperty.call(message, "plantedAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.plantedAt = typeof message.plantedAt === "number" ? $BigInt(message.plantedAt) : $util.Long.fromBits(message.plantedAt.low >>> 0, message.plantedAt.high >>> 0, true).toBigInt();
                else if (typeof message.plantedAt === "number")
                    object.plantedAt = options.longs === $String ? $String(message.plantedAt) : message.plantedAt;
                else
                    object.plantedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.plantedAt) : options.longs === $Number ? new $util.LongBits(message.plantedAt.low >>> 0, message.plantedAt.high >>> 0).toNumber(true) : message.plantedAt;
            if (message.readyAt != null && $Object.hasOwnProperty.call(message, "readyAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.readyAt = typeof message.readyAt === "number" ? $BigInt(message.readyAt) : $util.Long.fromBits(message.readyAt.low >>> 0, message.readyAt.high >>> 0, true).toBigInt();
                else if (typeof message.readyAt === "number")
                    object.readyAt = options.longs === $String ? $String(message.readyAt) : message.readyAt;
                else
                    object.readyAt = options.longs === $String ? $util.Long.prototype.toString.call(message.readyAt) : options.longs === $Number ? new $util.LongBits(message.readyAt.low >>> 0, message.readyAt.high >>> 0).toNumber(true) : message.readyAt;
            return object;
        };

        /**
         * Converts this Plot to JSON.
         * @function toJSON
         * @memberof game.Plot
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Plot.prototype.toJSON = function() {
            return Plot.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Plot
         * @function getTypeUrl
         * @memberof game.Plot
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Plot.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Plot";
        };

        return Plot;
    })();

    game.Item = (function() {

        /**
         * Properties of an Item.
         * @typedef {Object} game.Item.$Properties
         * @property {string|null} [item] Item item
         * @property {number|null} [qty] Item qty
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Item.
         * @memberof game
         * @interface IItem
         * @augments game.Item.$Properties
         * @deprecated Use game.Item.$Properties instead.
         */

        /**
         * Shape of an Item.
         * @typedef {game.Item.$Properties} game.Item.$Shape
         */

        /**
         * Constructs a new Item.
         * @memberof game
         * @classdesc Represents an Item.
         * @constructor
         * @param {game.Item.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Item = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Item item.
         * @member {string} item
         * @memberof game.Item
         * @instance
         */
        Item.prototype.item = "";

        /**
         * Item qty.
         * @member {number} qty
         * @memberof game.Item
         * @instance
         */
        Item.prototype.qty = 0;

        /**
         * Creates a new Item instance using the specified properties.
         * @function create
         * @memberof game.Item
         * @static
         * @param {game.Item.$Properties=} [properties] Properties to set
         * @returns {game.Item} Item instance
         * @type {{
         *   (properties: game.Item.$Shape): game.Item & game.Item.$Shape;
         *   (properties?: game.Item.$Properties): game.Item;
         * }}
         */
        Item.create = function(properties) {
            return new Item(properties);
        };

        /**
         * Encodes the specified Item message. Does not implicitly {@link game.Item.verify|verify} messages.
         * @function encode
         * @memberof game.Item
         * @static
         * @param {game.Item.$Properties} message Item message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Item.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.item != null && $Object.hasOwnProperty.call(message, "item") && message.item !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.item);
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && message.qty !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.qty);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Item message from the specified reader or buffer.
         * @function decode
         * @memberof game.Item
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Item & game.Item.$Shape} Item
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Item.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Item();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.item = value;
                        else
                            delete message.item;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.qty = value;
                        else
                            delete message.qty;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies an Item message.
         * @function verify
         * @memberof game.Item
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Item.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                if (!$util.isString(message.item))
                    return "item: string expected";
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                if (!$util.isInteger(message.qty))
                    return "qty: integer expected";
            return null;
        };

        /**
         * Creates an Item message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Item
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Item} Item
         */
        Item.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Item)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Item: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Item();
            if (object.item != null)
                if (typeof object.item !== "string" || object.item.length)
                    message.item = $String(object.item);
            if (object.qty != null)
                if ($Number(object.qty) !== 0)
                    message.qty = object.qty >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an Item message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Item
         * @static
         * @param {game.Item} message Item
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Item.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.item = "";
                object.qty = 0;
            }
            if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                object.item = message.item;
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                object.qty = message.qty;
            return object;
        };

        /**
         * Converts this Item to JSON.
         * @function toJSON
         * @memberof game.Item
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Item.prototype.toJSON = function() {
            return Item.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Item
         * @function getTypeUrl
         * @memberof game.Item
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Item.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Item";
        };

        return Item;
    })();

    game.PlayerState = (function() {

        /**
         * Properties of a PlayerState.
         * @typedef {Object} game.PlayerState.$Properties
         * @property {number|null} [id] PlayerState id
         * @property {string|null} [name] PlayerState name
         * @property {number|null} [coins] PlayerState coins
         * @property {number|null} [xp] PlayerState xp
         * @property {number|null} [level] PlayerState level
         * @property {Array.<game.Plot.$Properties>|null} [plots] PlayerState plots
         * @property {Array.<game.Item.$Properties>|null} [inventory] PlayerState inventory
         * @property {Array.<number>|null} [friends] PlayerState friends
         * @property {number|null} [version] PlayerState version
         * @property {number|null} [plotCount] PlayerState plotCount
         * @property {Array.<number>|null} [incomingRequests] PlayerState incomingRequests
         * @property {Array.<number>|null} [outgoingRequests] PlayerState outgoingRequests
         * @property {Array.<number>|null} [blocked] PlayerState blocked
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlayerState.
         * @memberof game
         * @interface IPlayerState
         * @augments game.PlayerState.$Properties
         * @deprecated Use game.PlayerState.$Properties instead.
         */

        /**
         * Shape of a PlayerState.
         * @typedef {game.PlayerState.$Properties} game.PlayerState.$Shape
         */

        /**
         * Constructs a new PlayerState.
         * @memberof game
         * @classdesc Represents a PlayerState.
         * @constructor
         * @param {game.PlayerState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PlayerState = function (properties) {
            this.plots = [];
            this.inventory = [];
            this.friends = [];
            this.incomingRequests = [];
            this.outgoingRequests = [];
            this.blocked = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PlayerState id.
         * @member {number} id
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PlayerState name.
         * @member {string} name
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.name = "";

        /**
         * PlayerState coins.
         * @member {number} coins
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.coins = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PlayerState xp.
         * @member {number} xp
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.xp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PlayerState level.
         * @member {number} level
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.level = 0;

        /**
         * PlayerState plots.
         * @member {Array.<game.Plot.$Properties>} plots
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.plots = $util.emptyArray;

        /**
         * PlayerState inventory.
         * @member {Array.<game.Item.$Properties>} inventory
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.inventory = $util.emptyArray;

        /**
         * PlayerState friends.
         * @member {Array.<number>} friends
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.friends = $util.emptyArray;

        /**
         * PlayerState version.
         * @member {number} version
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PlayerState plotCount.
         * @member {number} plotCount
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.plotCount = 0;

        /**
         * PlayerState incomingRequests.
         * @member {Array.<number>} incomingRequests
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.incomingRequests = $util.emptyArray;

        /**
         * PlayerState outgoingRequests.
         * @member {Array.<number>} outgoingRequests
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.outgoingRequests = $util.emptyArray;

        /**
         * PlayerState blocked.
         * @member {Array.<number>} blocked
         * @memberof game.PlayerState
         * @instance
         */
        PlayerState.prototype.blocked = $util.emptyArray;

        /**
         * Creates a new PlayerState instance using the specified properties.
         * @function create
         * @memberof game.PlayerState
         * @static
         * @param {game.PlayerState.$Properties=} [properties] Properties to set
         * @returns {game.PlayerState} PlayerState instance
         * @type {{
         *   (properties: game.PlayerState.$Shape): game.PlayerState & game.PlayerState.$Shape;
         *   (properties?: game.PlayerState.$Properties): game.PlayerState;
         * }}
         */
        PlayerState.create = function(properties) {
            return new PlayerState(properties);
        };

        /**
         * Encodes the specified PlayerState message. Does not implicitly {@link game.PlayerState.verify|verify} messages.
         * @function encode
         * @memberof game.PlayerState
         * @static
         * @param {game.PlayerState.$Properties} message PlayerState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.coins != null && $Object.hasOwnProperty.call(message, "coins") && (typeof message.coins === "object" ? message.coins.low || message.coins.high : message.coins !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.coins);
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp") && (typeof message.xp === "object" ? message.xp.low || message.xp.high : message.xp !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.xp);
            if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.level);
            if (message.plots != null && message.plots.length)
                for (var i = 0; i < message.plots.length; ++i)
                    $root.game.Plot.encode(message.plots[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.inventory != null && message.inventory.length)
                for (var i = 0; i < message.inventory.length; ++i)
                    $root.game.Item.encode(message.inventory[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.friends != null && message.friends.length)
                writer.uint32(/* id 8, wireType 2 =*/66).uint64s(message.friends);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.version);
            if (message.plotCount != null && $Object.hasOwnProperty.call(message, "plotCount") && message.plotCount !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.plotCount);
            if (message.incomingRequests != null && message.incomingRequests.length)
                writer.uint32(/* id 11, wireType 2 =*/90).uint64s(message.incomingRequests);
            if (message.outgoingRequests != null && message.outgoingRequests.length)
                writer.uint32(/* id 12, wireType 2 =*/98).uint64s(message.outgoingRequests);
            if (message.blocked != null && message.blocked.length)
                writer.uint32(/* id 13, wireType 2 =*/106).uint64s(message.blocked);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PlayerState message from the specified reader or buffer.
         * @function decode
         * @memberof game.PlayerState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.PlayerState & game.PlayerState.$Shape} PlayerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.PlayerState();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.coins = value;
                        else
                            delete message.coins;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.xp = value;
                        else
                            delete message.xp;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.level = value;
                        else
                            delete message.level;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.plots && message.plots.length))
                            message.plots = [];
                        message.plots.push($root.game.Plot.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.inventory && message.inventory.length))
                            message.inventory = [];
                        message.inventory.push($root.game.Item.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType === 2) {
                            if (!(message.friends && message.friends.length))
                                message.friends = [];
                            reader.uint64s(message.friends);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.friends && message.friends.length))
                            message.friends = [];
                        message.friends.push(reader.uint64());
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.plotCount = value;
                        else
                            delete message.plotCount;
                        continue;
                    }
                case 11: {
                        if (wireType === 2) {
                            if (!(message.incomingRequests && message.incomingRequests.length))
                                message.incomingRequests = [];
                            reader.uint64s(message.incomingRequests);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.incomingRequests && message.incomingRequests.length))
                            message.incomingRequests = [];
                        message.incomingRequests.push(reader.uint64());
                        continue;
                    }
                case 12: {
                        if (wireType === 2) {
                            if (!(message.outgoingRequests && message.outgoingRequests.length))
                                message.outgoingRequests = [];
                            reader.uint64s(message.outgoingRequests);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.outgoingRequests && message.outgoingRequests.length))
                            message.outgoingRequests = [];
                        message.outgoingRequests.push(reader.uint64());
                        continue;
                    }
                case 13: {
                        if (wireType === 2) {
                            if (!(message.blocked && message.blocked.length))
                                message.blocked = [];
                            reader.uint64s(message.blocked);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.blocked && message.blocked.length))
                            message.blocked = [];
                        message.blocked.push(reader.uint64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a PlayerState message.
         * @function verify
         * @memberof game.PlayerState
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlayerState.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                    return "id: integer|Long expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.coins != null && $Object.hasOwnProperty.call(message, "coins"))
                if (!$util.isInteger(message.coins) && !(message.coins && $util.isInteger(message.coins.low) && $util.isInteger(message.coins.high)))
                    return "coins: integer|Long expected";
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp"))
                if (!$util.isInteger(message.xp) && !(message.xp && $util.isInteger(message.xp.low) && $util.isInteger(message.xp.high)))
                    return "xp: integer|Long expected";
            if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                if (!$util.isInteger(message.level))
                    return "level: integer expected";
            if (message.plots != null && $Object.hasOwnProperty.call(message, "plots")) {
                if (!$Array.isArray(message.plots))
                    return "plots: array expected";
                for (var i = 0; i < message.plots.length; ++i) {
                    var error = $root.game.Plot.verify(message.plots[i], _depth + 1);
                    if (error)
                        return "plots." + error;
                }
            }
            if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory")) {
                if (!$Array.isArray(message.inventory))
                    return "inventory: array expected";
                for (var i = 0; i < message.inventory.length; ++i) {
                    var error = $root.game.Item.verify(message.inventory[i], _depth + 1);
                    if (error)
                        return "inventory." + error;
                }
            }
            if (message.friends != null && $Object.hasOwnProperty.call(message, "friends")) {
                if (!$Array.isArray(message.friends))
                    return "friends: array expected";
                for (var i = 0; i < message.friends.length; ++i)
                    if (!$util.isInteger(message.friends[i]) && !(message.friends[i] && $util.isInteger(message.friends[i].low) && $util.isInteger(message.friends[i].high)))
                        return "friends: integer|Long[] expected";
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version) && !(message.version && $util.isInteger(message.version.low) && $util.isInteger(message.version.high)))
                    return "version: integer|Long expected";
            if (message.plotCount != null && $Object.hasOwnProperty.call(message, "plotCount"))
                if (!$util.isInteger(message.plotCount))
                    return "plotCount: integer expected";
            if (message.incomingRequests != null && $Object.hasOwnProperty.call(message, "incomingRequests")) {
                if (!$Array.isArray(message.incomingRequests))
                    return "incomingRequests: array expected";
                for (var i = 0; i < message.incomingRequests.length; ++i)
                    if (!$util.isInteger(message.incomingRequests[i]) && !(message.incomingRequests[i] && $util.isInteger(message.incomingRequests[i].low) && $util.isInteger(message.incomingRequests[i].high)))
                        return "incomingRequests: integer|Long[] expected";
            }
            if (message.outgoingRequests != null && $Object.hasOwnProperty.call(message, "outgoingRequests")) {
                if (!$Array.isArray(message.outgoingRequests))
                    return "outgoingRequests: array expected";
                for (var i = 0; i < message.outgoingRequests.length; ++i)
                    if (!$util.isInteger(message.outgoingRequests[i]) && !(message.outgoingRequests[i] && $util.isInteger(message.outgoingRequests[i].low) && $util.isInteger(message.outgoingRequests[i].high)))
                        return "outgoingRequests: integer|Long[] expected";
            }
            if (message.blocked != null && $Object.hasOwnProperty.call(message, "blocked")) {
                if (!$Array.isArray(message.blocked))
                    return "blocked: array expected";
                for (var i = 0; i < message.blocked.length; ++i)
                    if (!$util.isInteger(message.blocked[i]) && !(message.blocked[i] && $util.isInteger(message.blocked[i].low) && $util.isInteger(message.blocked[i].high)))
                        return "blocked: integer|Long[] expected";
            }
            return null;
        };

        /**
         * Creates a PlayerState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.PlayerState
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.PlayerState} PlayerState
         */
        PlayerState.fromObject = function (object, _depth) {
            if (object instanceof $root.game.PlayerState)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.PlayerState: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.PlayerState();
            if (object.id != null)
                if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                    if ($util.Long)
                        message.id = $util.Long.fromValue(object.id, true);
                    else if (typeof object.id === "string")
                        message.id = $parseInt(object.id, 10);
                    else if (typeof object.id === "number")
                        message.id = object.id;
                    else if (typeof object.id === "object")
                        message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.coins != null)
                if (typeof object.coins === "object" ? object.coins.low || object.coins.high : $Number(object.coins) !== 0)
                    if ($util.Long)
                        message.coins = $util.Long.fromValue(object.coins, true);
                    else if (typeof object.coins === "string")
                        message.coins = $parseInt(object.coins, 10);
                    else if (typeof object.coins === "number")
                        message.coins = object.coins;
                    else if (typeof object.coins === "object")
                        message.coins = new $util.LongBits(object.coins.low >>> 0, object.coins.high >>> 0).toNumber(true);
            if (object.xp != null)
                if (typeof object.xp === "object" ? object.xp.low || object.xp.high : $Number(object.xp) !== 0)
                    if ($util.Long)
                        message.xp = $util.Long.fromValue(object.xp, true);
                    else if (typeof object.xp === "string")
                        message.xp = $parseInt(object.xp, 10);
                    else if (typeof object.xp === "number")
                        message.xp = object.xp;
                    else if (typeof object.xp === "object")
                        message.xp = new $util.LongBits(object.xp.low >>> 0, object.xp.high >>> 0).toNumber(true);
            if (object.level != null)
                if ($Number(object.level) !== 0)
                    message.level = object.level >>> 0;
            if (object.plots) {
                if (!$Array.isArray(object.plots))
                    throw $TypeError(".game.PlayerState.plots: array expected");
                message.plots = $Array(object.plots.length);
                for (var i = 0; i < object.plots.length; ++i) {
                    if (!$util.isObject(object.plots[i]))
                        throw $TypeError(".game.PlayerState.plots: object expected");
                    message.plots[i] = $root.game.Plot.fromObject(object.plots[i], _depth + 1);
                }
            }
            if (object.inventory) {
                if (!$Array.isArray(object.inventory))
                    throw $TypeError(".game.PlayerState.inventory: array expected");
                message.inventory = $Array(object.inventory.length);
                for (var i = 0; i < object.inventory.length; ++i) {
                    if (!$util.isObject(object.inventory[i]))
                        throw $TypeError(".game.PlayerState.inventory: object expected");
                    message.inventory[i] = $root.game.Item.fromObject(object.inventory[i], _depth + 1);
                }
            }
            if (object.friends) {
                if (!$Array.isArray(object.friends))
                    throw $TypeError(".game.PlayerState.friends: array expected");
                message.friends = $Array(object.friends.length);
                for (var i = 0; i < object.friends.length; ++i)
                    if ($util.Long)
                        message.friends[i] = $util.Long.fromValue(object.friends[i], true);
                    else if (typeof object.friends[i] === "string")
                        message.friends[i] = $parseInt(object.friends[i], 10);
                    else if (typeof object.friends[i] === "number")
                        message.friends[i] = object.friends[i];
                    else if (typeof object.friends[i] === "object")
                        message.friends[i] = new $util.LongBits(object.friends[i].low >>> 0, object.friends[i].high >>> 0).toNumber(true);
            }
            if (object.version != null)
                if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                    if ($util.Long)
                        message.version = $util.Long.fromValue(object.version, true);
                    else if (typeof object.version === "string")
                        message.version = $parseInt(object.version, 10);
                    else if (typeof object.version === "number")
                        message.version = object.version;
                    else if (typeof object.version === "object")
                        message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
            if (object.plotCount != null)
                if ($Number(object.plotCount) !== 0)
                    message.plotCount = object.plotCount >>> 0;
            if (object.incomingRequests) {
                if (!$Array.isArray(object.incomingRequests))
                    throw $TypeError(".game.PlayerState.incomingRequests: array expected");
                message.incomingRequests = $Array(object.incomingRequests.length);
                for (var i = 0; i < object.incomingRequests.length; ++i)
                    if ($util.Long)
                        message.incomingRequests[i] = $util.Long.fromValue(object.incomingRequests[i], true);
                    else if (typeof object.incomingRequests[i] === "string")
                        message.incomingRequests[i] = $parseInt(object.incomingRequests[i], 10);
                    else if (typeof object.incomingRequests[i] === "number")
                        message.incomingRequests[i] = object.incomingRequests[i];
                    else if (typeof object.incomingRequests[i] === "object")
                        message.incomingRequests[i] = new $util.LongBits(object.incomingRequests[i].low >>> 0, object.incomingRequests[i].high >>> 0).toNumber(true);
            }
            if (object.outgoingRequests) {
                if (!$Array.isArray(object.outgoingRequests))
                    throw $TypeError(".game.PlayerState.outgoingRequests: array expected");
                message.outgoingRequests = $Array(object.outgoingRequests.length);
                for (var i = 0; i < object.outgoingRequests.length; ++i)
                    if ($util.Long)
                        message.outgoingRequests[i] = $util.Long.fromValue(object.outgoingRequests[i], true);
                    else if (typeof object.outgoingRequests[i] === "string")
                        message.outgoingRequests[i] = $parseInt(object.outgoingRequests[i], 10);
                    else if (typeof object.outgoingRequests[i] === "number")
                        message.outgoingRequests[i] = object.outgoingRequests[i];
                    else if (typeof object.outgoingRequests[i] === "object")
                        message.outgoingRequests[i] = new $util.LongBits(object.outgoingRequests[i].low >>> 0, object.outgoingRequests[i].high >>> 0).toNumber(true);
            }
            if (object.blocked) {
                if (!$Array.isArray(object.blocked))
                    throw $TypeError(".game.PlayerState.blocked: array expected");
                message.blocked = $Array(object.blocked.length);
                for (var i = 0; i < object.blocked.length; ++i)
                    if ($util.Long)
                        message.blocked[i] = $util.Long.fromValue(object.blocked[i], true);
                    else if (typeof object.blocked[i] === "string")
                        message.blocked[i] = $parseInt(object.blocked[i], 10);
                    else if (typeof object.blocked[i] === "number")
                        message.blocked[i] = object.blocked[i];
                    else if (typeof object.blocked[i] === "object")
                        message.blocked[i] = new $util.LongBits(object.blocked[i].low >>> 0, object.blocked[i].high >>> 0).toNumber(true);
            }
            return message;
        };

        /**
         * Creates a plain object from a PlayerState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.PlayerState
         * @static
         * @param {game.PlayerState} message PlayerState
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlayerState.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults) {
                object.plots = [];
                object.inventory = [];
                object.friends = [];
                object.incomingRequests = [];
                object.outgoingRequests = [];
                object.blocked = [];
            }
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.coins = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.coins = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.xp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.xp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.level = 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.plotCount = 0;
            }
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                else if (typeof message.id === "number")
                    object.id = options.longs === $String ? $String(message.id) : message.id;
                else
                    object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.coins != null && $Object.hasOwnProperty.call(message, "coins"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.coins = typeof message.coins === "number" ? $BigInt(message.coins) : $util.Long.fromBits(message.coins.low >>> 0, message.coins.high >>> 0, true).toBigInt();
                else if (typeof message.coins === "number")
                    object.coins = options.longs === $String ? $String(message.coins) : message.coins;
                else
                    object.coins = options.longs === $String ? $util.Long.prototype.toString.call(message.coins) : options.longs === $Number ? new $util.LongBits(message.coins.low >>> 0, message.coins.high >>> 0).toNumber(true) : message.coins;
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.xp = typeof message.xp === "number" ? $BigInt(message.xp) : $util.Long.fromBits(message.xp.low >>> 0, message.xp.high >>> 0, true).toBigInt();
                else if (typeof message.xp === "number")
                    object.xp = options.longs === $String ? $String(message.xp) : message.xp;
                else
                    object.xp = options.longs === $String ? $util.Long.prototype.toString.call(message.xp) : options.longs === $Number ? new $util.LongBits(message.xp.low >>> 0, message.xp.high >>> 0).toNumber(true) : message.xp;
            if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                object.level = message.level;
            if (message.plots && message.plots.length) {
                object.plots = $Array(message.plots.length);
                for (var j = 0; j < message.plots.length; ++j)
                    object.plots[j] = $root.game.Plot.toObject(message.plots[j], options, _depth + 1);
            }
            if (message.inventory && message.inventory.length) {
                object.inventory = $Array(message.inventory.length);
                for (var j = 0; j < message.inventory.length; ++j)
                    object.inventory[j] = $root.game.Item.toObject(message.inventory[j], options, _depth + 1);
            }
            if (message.friends && message.friends.length) {
                object.friends = $Array(message.friends.length);
                for (var j = 0; j < message.friends.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.friends[j] = typeof message.friends[j] === "number" ? $BigInt(message.friends[j]) : $util.Long.fromBits(message.friends[j].low >>> 0, message.friends[j].high >>> 0, true).toBigInt();
                    else if (typeof message.friends[j] === "number")
                        object.friends[j] = options.longs === $String ? $String(message.friends[j]) : message.friends[j];
                    else
                        object.friends[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.friends[j]) : options.longs === $Number ? new $util.LongBits(message.friends[j].low >>> 0, message.friends[j].high >>> 0).toNumber(true) : message.friends[j];
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                else if (typeof message.version === "number")
                    object.version = options.longs === $String ? $String(message.version) : message.version;
                else
                    object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
            if (message.plotCount != null && $Object.hasOwnProperty.call(message, "plotCount"))
                object.plotCount = message.plotCount;
            if (message.incomingRequests && message.incomingRequests.length) {
                object.incomingRequests = $Array(message.incomingRequests.length);
                for (var j = 0; j < message.incomingRequests.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incomingRequests[j] = typeof message.incomingRequests[j] === "number" ? $BigInt(message.incomingRequests[j]) : $util.Long.fromBits(message.incomingRequests[j].low >>> 0, message.incomingRequests[j].high >>> 0, true).toBigInt();
                    else if (typeof message.incomingRequests[j] === "number")
                        object.incomingRequests[j] = options.longs === $String ? $String(message.incomingRequests[j]) : message.incomingRequests[j];
                    else
                        object.incomingRequests[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.incomingRequests[j]) : options.longs === $Number ? new $util.LongBits(message.incomingRequests[j].low >>> 0, message.incomingRequests[j].high >>> 0).toNumber(true) : message.incomingRequests[j];
            }
            if (message.outgoingRequests && message.outgoingRequests.length) {
                object.outgoingRequests = $Array(message.outgoingRequests.length);
                for (var j = 0; j < message.outgoingRequests.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.outgoingRequests[j] = typeof message.outgoingRequests[j] === "number" ? $BigInt(message.outgoingRequests[j]) : $util.Long.fromBits(message.outgoingRequests[j].low >>> 0, message.outgoingRequests[j].high >>> 0, true).toBigInt();
                    else if (typeof message.outgoingRequests[j] === "number")
                        object.outgoingRequests[j] = options.longs === $String ? $String(message.outgoingRequests[j]) : message.outgoingRequests[j];
                    else
                        object.outgoingRequests[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.outgoingRequests[j]) : options.longs === $Number ? new $util.LongBits(message.outgoingRequests[j].low >>> 0, message.outgoingRequests[j].high >>> 0).toNumber(true) : message.outgoingRequests[j];
            }
            if (message.blocked && message.blocked.length) {
                object.blocked = $Array(message.blocked.length);
                for (var j = 0; j < message.blocked.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.blocked[j] = typeof message.blocked[j] === "number" ? $BigInt(message.blocked[j]) : $util.Long.fromBits(message.blocked[j].low >>> 0, message.blocked[j].high >>> 0, true).toBigInt();
                    else if (typeof message.blocked[j] === "number")
                        object.blocked[j] = options.longs === $String ? $String(message.blocked[j]) : message.blocked[j];
                    else
                        object.blocked[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.blocked[j]) : options.longs === $Number ? new $util.LongBits(message.blocked[j].low >>> 0, message.blocked[j].high >>> 0).toNumber(true) : message.blocked[j];
            }
            return object;
        };

        /**
         * Converts this PlayerState to JSON.
         * @function toJSON
         * @memberof game.PlayerState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlayerState.prototype.toJSON = function() {
            return PlayerState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlayerState
         * @function getTypeUrl
         * @memberof game.PlayerState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlayerState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.PlayerState";
        };

        return PlayerState;
    })();

    game.StateChange = (function() {

        /**
         * Properties of a StateChange.
         * @typedef {Object} game.StateChange.$Properties
         * @property {number|null} [version] StateChange version
         * @property {number|null} [coins] StateChange coins
         * @property {number|null} [xp] StateChange xp
         * @property {number|null} [level] StateChange level
         * @property {Array.<game.Plot.$Properties>|null} [plots] StateChange plots
         * @property {Array.<number>|null} [freedPlots] StateChange freedPlots
         * @property {Array.<game.Item.$Properties>|null} [inventory] StateChange inventory
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StateChange.
         * @memberof game
         * @interface IStateChange
         * @augments game.StateChange.$Properties
         * @deprecated Use game.StateChange.$Properties instead.
         */

        /**
         * Shape of a StateChange.
         * @typedef {game.StateChange.$Properties} game.StateChange.$Shape
         */

        /**
         * Constructs a new StateChange.
         * @memberof game
         * @classdesc Represents a StateChange.
         * @constructor
         * @param {game.StateChange.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var StateChange = function (properties) {
            this.plots = [];
            this.freedPlots = [];
            this.inventory = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StateChange version.
         * @member {number} version
         * @memberof game.StateChange
         * @instance
         */
        StateChange.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StateChange coins.
         * @member {number} coins
         * @memberof game.StateChange
         * @instance
         */
        StateChange.prototype.coins = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StateChange xp.
         * @member {number} xp
         * @memberof game.StateChange
         * @instance
         */
        StateChange.prototype.xp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StateChange level.
         * @member {number} level
         * @memberof game.StateChange
         * @instance
         */
        StateChange.prototype.level = 0;

        /**
         * StateChange plots.
         * @member {Array.<game.Plot.$Properties>} plots
         * @memberof game.StateChange
         * @instance
         */
        StateChange.prototype.plots = $util.emptyArray;

        /**
         * StateChange freedPlots.
         * @member {Array.<number>} freedPlots
         * @memberof game.StateChange
         * @instance
         */
        StateChange.prototype.freedPlots = $util.emptyArray;

        /**
         * StateChange inventory.
         * @member {Array.<game.Item.$Properties>} inventory
         * @memberof game.StateChange
         * @instance
         */
        StateChange.prototype.inventory = $util.emptyArray;

        /**
         * Creates a new StateChange instance using the specified properties.
         * @function create
         * @memberof game.StateChange
         * @static
         * @param {game.StateChange.$Properties=} [properties] Properties to set
         * @returns {game.StateChange} StateChange instance
         * @type {{
         *   (properties: game.StateChange.$Shape): game.StateChange & game.StateChange.$Shape;
         *   (properties?: game.StateChange.$Properties): game.StateChange;
         * }}
         */
        StateChange.create = function(properties) {
            return new StateChange(properties);
        };

        /**
         * Encodes the specified StateChange message. Does not implicitly {@link game.StateChange.verify|verify} messages.
         * @function encode
         * @memberof game.StateChange
         * @static
         * @param {game.StateChange.$Properties} message StateChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StateChange.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
            if (message.coins != null && $Object.hasOwnProperty.call(message, "coins") && (typeof message.coins === "object" ? message.coins.low || message.coins.high : message.coins !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.coins);
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp") && (typeof message.xp === "object" ? message.xp.low || message.xp.high : message.xp !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.xp);
            if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.level);
            if (message.plots != null && message.plots.length)
                for (var i = 0; i < message.plots.length; ++i)
                    $root.game.Plot.encode(message.plots[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.freedPlots != null && message.freedPlots.length)
                writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.freedPlots);
            if (message.inventory != null && message.inventory.length)
                for (var i = 0; i < message.inventory.length; ++i)
                    $root.game.Item.encode(message.inventory[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StateChange message from the specified reader or buffer.
         * @function decode
         * @memberof game.StateChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.StateChange & game.StateChange.$Shape} StateChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StateChange.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.StateChange();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.coins = value;
                        else
                            delete message.coins;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.xp = value;
                        else
                            delete message.xp;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.level = value;
                        else
                            delete message.level;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.plots && message.plots.length))
                            message.plots = [];
                        message.plots.push($root.game.Plot.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.freedPlots && message.freedPlots.length))
                                message.freedPlots = [];
                            reader.uint32s(message.freedPlots);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.freedPlots && message.freedPlots.length))
                            message.freedPlots = [];
                        message.freedPlots.push(reader.uint32());
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.inventory && message.inventory.length))
                            message.inventory = [];
                        message.inventory.push($root.game.Item.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a StateChange message.
         * @function verify
         * @memberof game.StateChange
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StateChange.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version) && !(message.version && $util.isInteger(message.version.low) && $util.isInteger(message.version.high)))
                    return "version: integer|Long expected";
            if (message.coins != null && $Object.hasOwnProperty.call(message, "coins"))
                if (!$util.isInteger(message.coins) && !(message.coins && $util.isInteger(message.coins.low) && $util.isInteger(message.coins.high)))
                    return "coins: integer|Long expected";
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp"))
                if (!$util.isInteger(message.xp) && !(message.xp && $util.isInteger(message.xp.low) && $util.isInteger(message.xp.high)))
                    return "xp: integer|Long expected";
            if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                if (!$util.isInteger(message.level))
                    return "level: integer expected";
            if (message.plots != null && $Object.hasOwnProperty.call(message, "plots")) {
                if (!$Array.isArray(message.plots))
                    return "plots: array expected";
                for (var i = 0; i < message.plots.length; ++i) {
                    var error = $root.game.Plot.verify(message.plots[i], _depth + 1);
                    if (error)
                        return "plots." + error;
                }
            }
            if (message.freedPlots != null && $Object.hasOwnProperty.call(message, "freedPlots")) {
                if (!$Array.isArray(message.freedPlots))
                    return "freedPlots: array expected";
                for (var i = 0; i < message.freedPlots.length; ++i)
                    if (!$util.isInteger(message.freedPlots[i]))
                        return "freedPlots: integer[] expected";
            }
            if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory")) {
                if (!$Array.isArray(message.inventory))
                    return "inventory: array expected";
                for (var i = 0; i < message.inventory.length; ++i) {
                    var error = $root.game.Item.verify(message.inventory[i], _depth + 1);
                    if (error)
                        return "inventory." + error;
                }
            }
            return null;
        };

        /**
         * Creates a StateChange message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.StateChange
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.StateChange} StateChange
         */
        StateChange.fromObject = function (object, _depth) {
            if (object instanceof $root.game.StateChange)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.StateChange: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.StateChange();
            if (object.version != null)
                if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                    if ($util.Long)
                        message.version = $util.Long.fromValue(object.version, true);
                    else if (typeof object.version === "string")
                        message.version = $parseInt(object.version, 10);
                    else if (typeof object.version === "number")
                        message.version = object.version;
                    else if (typeof object.version === "object")
                        message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
            if (object.coins != null)
                if (typeof object.coins === "object" ? object.coins.low || object.coins.high : $Number(object.coins) !== 0)
                    if ($util.Long)
                        message.coins = $util.Long.fromValue(object.coins, true);
                    else if (typeof object.coins === "string")
                        message.coins = $parseInt(object.coins, 10);
                    else if (typeof object.coins === "number")
                        message.coins = object.coins;
                    else if (typeof object.coins === "object")
                        message.coins = new $util.LongBits(object.coins.low >>> 0, object.coins.high >>> 0).toNumber(true);
            if (object.xp != null)
                if (typeof object.xp === "object" ? object.xp.low || object.xp.high : $Number(object.xp) !== 0)
                    if ($util.Long)
                        message.xp = $util.Long.fromValue(object.xp, true);
                    else if (typeof object.xp === "string")
                        message.xp = $parseInt(object.xp, 10);
                    else if (typeof object.xp === "number")
                        message.xp = object.xp;
                    else if (typeof object.xp === "object")
                        message.xp = new $util.LongBits(object.xp.low >>> 0, object.xp.high >>> 0).toNumber(true);
            if (object.level != null)
                if ($Number(object.level) !== 0)
                    message.level = object.level >>> 0;
            if (object.plots) {
                if (!$Array.isArray(object.plots))
                    throw $TypeError(".game.StateChange.plots: array expected");
                message.plots = $Array(object.plots.length);
                for (var i = 0; i < object.plots.length; ++i) {
                    if (!$util.isObject(object.plots[i]))
                        throw $TypeError(".game.StateChange.plots: object expected");
                    message.plots[i] = $root.game.Plot.fromObject(object.plots[i], _depth + 1);
                }
            }
            if (object.freedPlots) {
                if (!$Array.isArray(object.freedPlots))
                    throw $TypeError(".game.StateChange.freedPlots: array expected");
                message.freedPlots = $Array(object.freedPlots.length);
                for (var i = 0; i < object.freedPlots.length; ++i)
                    message.freedPlots[i] = object.freedPlots[i] >>> 0;
            }
            if (object.inventory) {
                if (!$Array.isArray(object.inventory))
                    throw $TypeError(".game.StateChange.inventory: array expected");
                message.inventory = $Array(object.inventory.length);
                for (var i = 0; i < object.inventory.length; ++i) {
                    if (!$util.isObject(object.inventory[i]))
                        throw $TypeError(".game.StateChange.inventory: object expected");
                    message.inventory[i] = $root.game.Item.fromObject(object.inventory[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a StateChange message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.StateChange
         * @static
         * @param {game.StateChange} message StateChange
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StateChange.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults) {
                object.plots = [];
                object.freedPlots = [];
                object.inventory = [];
            }
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.coins = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.coins = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.xp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.xp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.level = 0;
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                else if (typeof message.version === "number")
                    object.version = options.longs === $String ? $String(message.version) : message.version;
                else
                    object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
            if (message.coins != null && $Object.hasOwnProperty.call(message, "coins"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.coins = typeof message.coins === "number" ? $BigInt(message.coins) : $util.Long.fromBits(message.coins.low >>> 0, message.coins.high >>> 0, true).toBigInt();
                else if (typeof message.coins === "number")
                    object.coins = options.longs === $String ? $String(message.coins) : message.coins;
                else
                    object.coins = options.longs === $String ? $util.Long.prototype.toString.call(message.coins) : options.longs === $Number ? new $util.LongBits(message.coins.low >>> 0, message.coins.high >>> 0).toNumber(true) : message.coins;
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.xp = typeof message.xp === "number" ? $BigInt(message.xp) : $util.Long.fromBits(message.xp.low >>> 0, message.xp.high >>> 0, true).toBigInt();
                else if (typeof message.xp === "number")
                    object.xp = options.longs === $String ? $String(message.xp) : message.xp;
                else
                    object.xp = options.longs === $String ? $util.Long.prototype.toString.call(message.xp) : options.longs === $Number ? new $util.LongBits(message.xp.low >>> 0, message.xp.high >>> 0).toNumber(true) : message.xp;
            if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                object.level = message.level;
            if (message.plots && message.plots.length) {
                object.plots = $Array(message.plots.length);
                for (var j = 0; j < message.plots.length; ++j)
                    object.plots[j] = $root.game.Plot.toObject(message.plots[j], options, _depth + 1);
            }
            if (message.freedPlots && message.freedPlots.length) {
                object.freedPlots = $Array(message.freedPlots.length);
                for (var j = 0; j < message.freedPlots.length; ++j)
                    object.freedPlots[j] = message.freedPlots[j];
            }
            if (message.inventory && message.inventory.length) {
                object.inventory = $Array(message.inventory.length);
                for (var j = 0; j < message.inventory.length; ++j)
                    object.inventory[j] = $root.game.Item.toObject(message.inventory[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this StateChange to JSON.
         * @function toJSON
         * @memberof game.StateChange
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StateChange.prototype.toJSON = function() {
            return StateChange.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StateChange
         * @function getTypeUrl
         * @memberof game.StateChange
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StateChange.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.StateChange";
        };

        return StateChange;
    })();

    game.Plant = (function() {

        /**
         * Properties of a Plant.
         * @typedef {Object} game.Plant.$Properties
         * @property {number|null} [plot] Plant plot
         * @property {string|null} [crop] Plant crop
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Plant.
         * @memberof game
         * @interface IPlant
         * @augments game.Plant.$Properties
         * @deprecated Use game.Plant.$Properties instead.
         */

        /**
         * Shape of a Plant.
         * @typedef {game.Plant.$Properties} game.Plant.$Shape
         */

        /**
         * Constructs a new Plant.
         * @memberof game
         * @classdesc Represents a Plant.
         * @constructor
         * @param {game.Plant.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Plant = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Plant plot.
         * @member {number} plot
         * @memberof game.Plant
         * @instance
         */
        Plant.prototype.plot = 0;

        /**
         * Plant crop.
         * @member {string} crop
         * @memberof game.Plant
         * @instance
         */
        Plant.prototype.crop = "";

        /**
         * Creates a new Plant instance using the specified properties.
         * @function create
         * @memberof game.Plant
         * @static
         * @param {game.Plant.$Properties=} [properties] Properties to set
         * @returns {game.Plant} Plant instance
         * @type {{
         *   (properties: game.Plant.$Shape): game.Plant & game.Plant.$Shape;
         *   (properties?: game.Plant.$Properties): game.Plant;
         * }}
         */
        Plant.create = function(properties) {
            return new Plant(properties);
        };

        /**
         * Encodes the specified Plant message. Does not implicitly {@link game.Plant.verify|verify} messages.
         * @function encode
         * @memberof game.Plant
         * @static
         * @param {game.Plant.$Properties} message Plant message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Plant.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.plot != null && $Object.hasOwnProperty.call(message, "plot") && message.plot !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.plot);
            if (message.crop != null && $Object.hasOwnProperty.call(message, "crop") && message.crop !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.crop);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Plant message from the specified reader or buffer.
         * @function decode
         * @memberof game.Plant
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Plant & game.Plant.$Shape} Plant
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Plant.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Plant();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.plot = value;
                        else
                            delete message.plot;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.crop = value;
                        else
                            delete message.crop;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Plant message.
         * @function verify
         * @memberof game.Plant
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Plant.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.plot != null && $Object.hasOwnProperty.call(message, "plot"))
                if (!$util.isInteger(message.plot))
                    return "plot: integer expected";
            if (message.crop != null && $Object.hasOwnProperty.call(message, "crop"))
                if (!$util.isString(message.crop))
                    return "crop: string expected";
            return null;
        };

        /**
         * Creates a Plant message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Plant
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Plant} Plant
         */
        Plant.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Plant)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Plant: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Plant();
            if (object.plot != null)
                if ($Number(object.plot) !== 0)
                    message.plot = object.plot >>> 0;
            if (object.crop != null)
                if (typeof object.crop !== "string" || object.crop.length)
                    message.crop = $String(object.crop);
            return message;
        };

        /**
         * Creates a plain object from a Plant message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Plant
         * @static
         * @param {game.Plant} message Plant
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Plant.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.plot = 0;
                object.crop = "";
            }
            if (message.plot != null && $Object.hasOwnProperty.call(message, "plot"))
                object.plot = message.plot;
            if (message.crop != null && $Object.hasOwnProperty.call(message, "crop"))
                object.crop = message.crop;
            return object;
        };

        /**
         * Converts this Plant to JSON.
         * @function toJSON
         * @memberof game.Plant
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Plant.prototype.toJSON = function() {
            return Plant.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Plant
         * @function getTypeUrl
         * @memberof game.Plant
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Plant.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Plant";
        };

        return Plant;
    })();

    game.Harvest = (function() {

        /**
         * Properties of a Harvest.
         * @typedef {Object} game.Harvest.$Properties
         * @property {number|null} [plot] Harvest plot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Harvest.
         * @memberof game
         * @interface IHarvest
         * @augments game.Harvest.$Properties
         * @deprecated Use game.Harvest.$Properties instead.
         */

        /**
         * Shape of a Harvest.
         * @typedef {game.Harvest.$Properties} game.Harvest.$Shape
         */

        /**
         * Constructs a new Harvest.
         * @memberof game
         * @classdesc Represents a Harvest.
         * @constructor
         * @param {game.Harvest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Harvest = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Harvest plot.
         * @member {number} plot
         * @memberof game.Harvest
         * @instance
         */
        Harvest.prototype.plot = 0;

        /**
         * Creates a new Harvest instance using the specified properties.
         * @function create
         * @memberof game.Harvest
         * @static
         * @param {game.Harvest.$Properties=} [properties] Properties to set
         * @returns {game.Harvest} Harvest instance
         * @type {{
         *   (properties: game.Harvest.$Shape): game.Harvest & game.Harvest.$Shape;
         *   (properties?: game.Harvest.$Properties): game.Harvest;
         * }}
         */
        Harvest.create = function(properties) {
            return new Harvest(properties);
        };

        /**
         * Encodes the specified Harvest message. Does not implicitly {@link game.Harvest.verify|verify} messages.
         * @function encode
         * @memberof game.Harvest
         * @static
         * @param {game.Harvest.$Properties} message Harvest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Harvest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.plot != null && $Object.hasOwnProperty.call(message, "plot") && message.plot !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.plot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Harvest message from the specified reader or buffer.
         * @function decode
         * @memberof game.Harvest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Harvest & game.Harvest.$Shape} Harvest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Harvest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Harvest();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.plot = value;
                        else
                            delete message.plot;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Harvest message.
         * @function verify
         * @memberof game.Harvest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Harvest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.plot != null && $Object.hasOwnProperty.call(message, "plot"))
                if (!$util.isInteger(message.plot))
                    return "plot: integer expected";
            return null;
        };

        /**
         * Creates a Harvest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Harvest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Harvest} Harvest
         */
        Harvest.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Harvest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Harvest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Harvest();
            if (object.plot != null)
                if ($Number(object.plot) !== 0)
                    message.plot = object.plot >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Harvest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Harvest
         * @static
         * @param {game.Harvest} message Harvest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Harvest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.plot = 0;
            if (message.plot != null && $Object.hasOwnProperty.call(message, "plot"))
                object.plot = message.plot;
            return object;
        };

        /**
         * Converts this Harvest to JSON.
         * @function toJSON
         * @memberof game.Harvest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Harvest.prototype.toJSON = function() {
            return Harvest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Harvest
         * @function getTypeUrl
         * @memberof game.Harvest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Harvest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Harvest";
        };

        return Harvest;
    })();

    game.Sell = (function() {

        /**
         * Properties of a Sell.
         * @typedef {Object} game.Sell.$Properties
         * @property {string|null} [item] Sell item
         * @property {number|null} [qty] Sell qty
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Sell.
         * @memberof game
         * @interface ISell
         * @augments game.Sell.$Properties
         * @deprecated Use game.Sell.$Properties instead.
         */

        /**
         * Shape of a Sell.
         * @typedef {game.Sell.$Properties} game.Sell.$Shape
         */

        /**
         * Constructs a new Sell.
         * @memberof game
         * @classdesc Represents a Sell.
         * @constructor
         * @param {game.Sell.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Sell = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Sell item.
         * @member {string} item
         * @memberof game.Sell
         * @instance
         */
        Sell.prototype.item = "";

        /**
         * Sell qty.
         * @member {number} qty
         * @memberof game.Sell
         * @instance
         */
        Sell.prototype.qty = 0;

        /**
         * Creates a new Sell instance using the specified properties.
         * @function create
         * @memberof game.Sell
         * @static
         * @param {game.Sell.$Properties=} [properties] Properties to set
         * @returns {game.Sell} Sell instance
         * @type {{
         *   (properties: game.Sell.$Shape): game.Sell & game.Sell.$Shape;
         *   (properties?: game.Sell.$Properties): game.Sell;
         * }}
         */
        Sell.create = function(properties) {
            return new Sell(properties);
        };

        /**
         * Encodes the specified Sell message. Does not implicitly {@link game.Sell.verify|verify} messages.
         * @function encode
         * @memberof game.Sell
         * @static
         * @param {game.Sell.$Properties} message Sell message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Sell.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.item != null && $Object.hasOwnProperty.call(message, "item") && message.item !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.item);
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && message.qty !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.qty);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Sell message from the specified reader or buffer.
         * @function decode
         * @memberof game.Sell
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Sell & game.Sell.$Shape} Sell
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Sell.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Sell();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.item = value;
                        else
                            delete message.item;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.qty = value;
                        else
                            delete message.qty;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Sell message.
         * @function verify
         * @memberof game.Sell
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Sell.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                if (!$util.isString(message.item))
                    return "item: string expected";
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                if (!$util.isInteger(message.qty))
                    return "qty: integer expected";
            return null;
        };

        /**
         * Creates a Sell message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Sell
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Sell} Sell
         */
        Sell.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Sell)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Sell: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Sell();
            if (object.item != null)
                if (typeof object.item !== "string" || object.item.length)
                    message.item = $String(object.item);
            if (object.qty != null)
                if ($Number(object.qty) !== 0)
                    message.qty = object.qty >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Sell message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Sell
         * @static
         * @param {game.Sell} message Sell
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Sell.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                object.item = "";
                object.qty = 0;
            }
            if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                object.item = message.item;
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                object.qty = message.qty;
            return object;
        };

        /**
         * Converts this Sell to JSON.
         * @function toJSON
         * @memberof game.Sell
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Sell.prototype.toJSON = function() {
            return Sell.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Sell
         * @function getTypeUrl
         * @memberof game.Sell
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Sell.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Sell";
        };

        return Sell;
    })();

    game.AddFriend = (function() {

        /**
         * Properties of an AddFriend.
         * @typedef {Object} game.AddFriend.$Properties
         * @property {number|null} [playerId] AddFriend playerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddFriend.
         * @memberof game
         * @interface IAddFriend
         * @augments game.AddFriend.$Properties
         * @deprecated Use game.AddFriend.$Properties instead.
         */

        /**
         * Shape of an AddFriend.
         * @typedef {game.AddFriend.$Properties} game.AddFriend.$Shape
         */

        /**
         * Constructs a new AddFriend.
         * @memberof game
         * @classdesc Represents an AddFriend.
         * @constructor
         * @param {game.AddFriend.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var AddFriend = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddFriend playerId.
         * @member {number} playerId
         * @memberof game.AddFriend
         * @instance
         */
        AddFriend.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new AddFriend instance using the specified properties.
         * @function create
         * @memberof game.AddFriend
         * @static
         * @param {game.AddFriend.$Properties=} [properties] Properties to set
         * @returns {game.AddFriend} AddFriend instance
         * @type {{
         *   (properties: game.AddFriend.$Shape): game.AddFriend & game.AddFriend.$Shape;
         *   (properties?: game.AddFriend.$Properties): game.AddFriend;
         * }}
         */
        AddFriend.create = function(properties) {
            return new AddFriend(properties);
        };

        /**
         * Encodes the specified AddFriend message. Does not implicitly {@link game.AddFriend.verify|verify} messages.
         * @function encode
         * @memberof game.AddFriend
         * @static
         * @param {game.AddFriend.$Properties} message AddFriend message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddFriend.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && (typeof message.playerId === "object" ? message.playerId.low || message.playerId.high : message.playerId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AddFriend message from the specified reader or buffer.
         * @function decode
         * @memberof game.AddFriend
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.AddFriend & game.AddFriend.$Shape} AddFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddFriend.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.AddFriend();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies an AddFriend message.
         * @function verify
         * @memberof game.AddFriend
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AddFriend.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                    return "playerId: integer|Long expected";
            return null;
        };

        /**
         * Creates an AddFriend message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.AddFriend
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.AddFriend} AddFriend
         */
        AddFriend.fromObject = function (object, _depth) {
            if (object instanceof $root.game.AddFriend)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.AddFriend: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.AddFriend();
            if (object.playerId != null)
                if (typeof object.playerId === "object" ? object.playerId.low || object.playerId.high : $Number(object.playerId) !== 0)
                    if ($util.Long)
                        message.playerId = $util.Long.fromValue(object.playerId, true);
                    else if (typeof object.playerId === "string")
                        message.playerId = $parseInt(object.playerId, 10);
                    else if (typeof object.playerId === "number")
                        message.playerId = object.playerId;
                    else if (typeof object.playerId === "object")
                        message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from an AddFriend message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.AddFriend
         * @static
         * @param {game.AddFriend} message AddFriend
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AddFriend.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.playerId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.playerId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.playerId = typeof message.playerId === "number" ? $BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                else if (typeof message.playerId === "number")
                    object.playerId = options.longs === $String ? $String(message.playerId) : message.playerId;
                else
                    object.playerId = options.longs === $String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === $Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
            return object;
        };

        /**
         * Converts this AddFriend to JSON.
         * @function toJSON
         * @memberof game.AddFriend
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AddFriend.prototype.toJSON = function() {
            return AddFriend.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AddFriend
         * @function getTypeUrl
         * @memberof game.AddFriend
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AddFriend.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.AddFriend";
        };

        return AddFriend;
    })();

    game.RemoveFriend = (function() {

        /**
         * Properties of a RemoveFriend.
         * @typedef {Object} game.RemoveFriend.$Properties
         * @property {number|null} [playerId] RemoveFriend playerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveFriend.
         * @memberof game
         * @interface IRemoveFriend
         * @augments game.RemoveFriend.$Properties
         * @deprecated Use game.RemoveFriend.$Properties instead.
         */

        /**
         * Shape of a RemoveFriend.
         * @typedef {game.RemoveFriend.$Properties} game.RemoveFriend.$Shape
         */

        /**
         * Constructs a new RemoveFriend.
         * @memberof game
         * @classdesc Represents a RemoveFriend.
         * @constructor
         * @param {game.RemoveFriend.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var RemoveFriend = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveFriend playerId.
         * @member {number} playerId
         * @memberof game.RemoveFriend
         * @instance
         */
        RemoveFriend.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RemoveFriend instance using the specified properties.
         * @function create
         * @memberof game.RemoveFriend
         * @static
         * @param {game.RemoveFriend.$Properties=} [properties] Properties to set
         * @returns {game.RemoveFriend} RemoveFriend instance
         * @type {{
         *   (properties: game.RemoveFriend.$Shape): game.RemoveFriend & game.RemoveFriend.$Shape;
         *   (properties?: game.RemoveFriend.$Properties): game.RemoveFriend;
         * }}
         */
        RemoveFriend.create = function(properties) {
            return new RemoveFriend(properties);
        };

        /**
         * Encodes the specified RemoveFriend message. Does not implicitly {@link game.RemoveFriend.verify|verify} messages.
         * @function encode
         * @memberof game.RemoveFriend
         * @static
         * @param {game.RemoveFriend.$Properties} message RemoveFriend message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveFriend.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && (typeof message.playerId === "object" ? message.playerId.low || message.playerId.high : message.playerId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveFriend message from the specified reader or buffer.
         * @function decode
         * @memberof game.RemoveFriend
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.RemoveFriend & game.RemoveFriend.$Shape} RemoveFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveFriend.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.RemoveFriend();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a RemoveFriend message.
         * @function verify
         * @memberof game.RemoveFriend
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RemoveFriend.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                    return "playerId: integer|Long expected";
            return null;
        };

        /**
         * Creates a RemoveFriend message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.RemoveFriend
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.RemoveFriend} RemoveFriend
         */
        RemoveFriend.fromObject = function (object, _depth) {
            if (object instanceof $root.game.RemoveFriend)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.RemoveFriend: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.RemoveFriend();
            if (object.playerId != null)
                if (typeof object.playerId === "object" ? object.playerId.low || object.playerId.high : $Number(object.playerId) !== 0)
                    if ($util.Long)
                        message.playerId = $util.Long.fromValue(object.playerId, true);
                    else if (typeof object.playerId === "string")
                        message.playerId = $parseInt(object.playerId, 10);
                    else if (typeof object.playerId === "number")
                        message.playerId = object.playerId;
                    else if (typeof object.playerId === "object")
                        message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a RemoveFriend message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.RemoveFriend
         * @static
         * @param {game.RemoveFriend} message RemoveFriend
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoveFriend.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.playerId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.playerId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.playerId = typeof message.playerId === "number" ? $BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                else if (typeof message.playerId === "number")
                    object.playerId = options.longs === $String ? $String(message.playerId) : message.playerId;
                else
                    object.playerId = options.longs === $String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === $Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
            return object;
        };

        /**
         * Converts this RemoveFriend to JSON.
         * @function toJSON
         * @memberof game.RemoveFriend
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoveFriend.prototype.toJSON = function() {
            return RemoveFriend.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RemoveFriend
         * @function getTypeUrl
         * @memberof game.RemoveFriend
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RemoveFriend.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.RemoveFriend";
        };

        return RemoveFriend;
    })();

    game.AcceptFriend = (function() {

        /**
         * Properties of an AcceptFriend.
         * @typedef {Object} game.AcceptFriend.$Properties
         * @property {number|null} [playerId] AcceptFriend playerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AcceptFriend.
         * @memberof game
         * @interface IAcceptFriend
         * @augments game.AcceptFriend.$Properties
         * @deprecated Use game.AcceptFriend.$Properties instead.
         */

        /**
         * Shape of an AcceptFriend.
         * @typedef {game.AcceptFriend.$Properties} game.AcceptFriend.$Shape
         */

        /**
         * Constructs a new AcceptFriend.
         * @memberof game
         * @classdesc Represents an AcceptFriend.
         * @constructor
         * @param {game.AcceptFriend.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var AcceptFriend = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AcceptFriend playerId.
         * @member {number} playerId
         * @memberof game.AcceptFriend
         * @instance
         */
        AcceptFriend.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new AcceptFriend instance using the specified properties.
         * @function create
         * @memberof game.AcceptFriend
         * @static
         * @param {game.AcceptFriend.$Properties=} [properties] Properties to set
         * @returns {game.AcceptFriend} AcceptFriend instance
         * @type {{
         *   (properties: game.AcceptFriend.$Shape): game.AcceptFriend & game.AcceptFriend.$Shape;
         *   (properties?: game.AcceptFriend.$Properties): game.AcceptFriend;
         * }}
         */
        AcceptFriend.create = function(properties) {
            return new AcceptFriend(properties);
        };

        /**
         * Encodes the specified AcceptFriend message. Does not implicitly {@link game.AcceptFriend.verify|verify} messages.
         * @function encode
         * @memberof game.AcceptFriend
         * @static
         * @param {game.AcceptFriend.$Properties} message AcceptFriend message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AcceptFriend.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && (typeof message.playerId === "object" ? message.playerId.low || message.playerId.high : message.playerId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AcceptFriend message from the specified reader or buffer.
         * @function decode
         * @memberof game.AcceptFriend
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.AcceptFriend & game.AcceptFriend.$Shape} AcceptFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AcceptFriend.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.AcceptFriend();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies an AcceptFriend message.
         * @function verify
         * @memberof game.AcceptFriend
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AcceptFriend.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                    return "playerId: integer|Long expected";
            return null;
        };

        /**
         * Creates an AcceptFriend message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.AcceptFriend
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.AcceptFriend} AcceptFriend
         */
        AcceptFriend.fromObject = function (object, _depth) {
            if (object instanceof $root.game.AcceptFriend)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.AcceptFriend: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.AcceptFriend();
            if (object.playerId != null)
                if (typeof object.playerId === "object" ? object.playerId.low || object.playerId.high : $Number(object.playerId) !== 0)
                    if ($util.Long)
                        message.playerId = $util.Long.fromValue(object.playerId, true);
                    else if (typeof object.playerId === "string")
                        message.playerId = $parseInt(object.playerId, 10);
                    else if (typeof object.playerId === "number")
                        message.playerId = object.playerId;
                    else if (typeof object.playerId === "object")
                        message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from an AcceptFriend message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.AcceptFriend
         * @static
         * @param {game.AcceptFriend} message AcceptFriend
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AcceptFriend.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.playerId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.playerId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.playerId = typeof message.playerId === "number" ? $BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                else if (typeof message.playerId === "number")
                    object.playerId = options.longs === $String ? $String(message.playerId) : message.playerId;
                else
                    object.playerId = options.longs === $String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === $Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
            return object;
        };

        /**
         * Converts this AcceptFriend to JSON.
         * @function toJSON
         * @memberof game.AcceptFriend
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AcceptFriend.prototype.toJSON = function() {
            return AcceptFriend.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AcceptFriend
         * @function getTypeUrl
         * @memberof game.AcceptFriend
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AcceptFriend.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.AcceptFriend";
        };

        return AcceptFriend;
    })();

    game.DeclineFriend = (function() {

        /**
         * Properties of a DeclineFriend.
         * @typedef {Object} game.DeclineFriend.$Properties
         * @property {number|null} [playerId] DeclineFriend playerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeclineFriend.
         * @memberof game
         * @interface IDeclineFriend
         * @augments game.DeclineFriend.$Properties
         * @deprecated Use game.DeclineFriend.$Properties instead.
         */

        /**
         * Shape of a DeclineFriend.
         * @typedef {game.DeclineFriend.$Properties} game.DeclineFriend.$Shape
         */

        /**
         * Constructs a new DeclineFriend.
         * @memberof game
         * @classdesc Represents a DeclineFriend.
         * @constructor
         * @param {game.DeclineFriend.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DeclineFriend = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeclineFriend playerId.
         * @member {number} playerId
         * @memberof game.DeclineFriend
         * @instance
         */
        DeclineFriend.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new DeclineFriend instance using the specified properties.
         * @function create
         * @memberof game.DeclineFriend
         * @static
         * @param {game.DeclineFriend.$Properties=} [properties] Properties to set
         * @returns {game.DeclineFriend} DeclineFriend instance
         * @type {{
         *   (properties: game.DeclineFriend.$Shape): game.DeclineFriend & game.DeclineFriend.$Shape;
         *   (properties?: game.DeclineFriend.$Properties): game.DeclineFriend;
         * }}
         */
        DeclineFriend.create = function(properties) {
            return new DeclineFriend(properties);
        };

        /**
         * Encodes the specified DeclineFriend message. Does not implicitly {@link game.DeclineFriend.verify|verify} messages.
         * @function encode
         * @memberof game.DeclineFriend
         * @static
         * @param {game.DeclineFriend.$Properties} message DeclineFriend message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeclineFriend.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && (typeof message.playerId === "object" ? message.playerId.low || message.playerId.high : message.playerId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeclineFriend message from the specified reader or buffer.
         * @function decode
         * @memberof game.DeclineFriend
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.DeclineFriend & game.DeclineFriend.$Shape} DeclineFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeclineFriend.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.DeclineFriend();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a DeclineFriend message.
         * @function verify
         * @memberof game.DeclineFriend
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DeclineFriend.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                    return "playerId: integer|Long expected";
            return null;
        };

        /**
         * Creates a DeclineFriend message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.DeclineFriend
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.DeclineFriend} DeclineFriend
         */
        DeclineFriend.fromObject = function (object, _depth) {
            if (object instanceof $root.game.DeclineFriend)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.DeclineFriend: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.DeclineFriend();
            if (object.playerId != null)
                if (typeof object.playerId === "object" ? object.playerId.low || object.playerId.high : $Number(object.playerId) !== 0)
                    if ($util.Long)
                        message.playerId = $util.Long.fromValue(object.playerId, true);
                    else if (typeof object.playerId === "string")
                        message.playerId = $parseInt(object.playerId, 10);
                    else if (typeof object.playerId === "number")
                        message.playerId = object.playerId;
                    else if (typeof object.playerId === "object")
                        message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a DeclineFriend message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.DeclineFriend
         * @static
         * @param {game.DeclineFriend} message DeclineFriend
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DeclineFriend.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.playerId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.playerId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.playerId = typeof message.playerId === "number" ? $BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                else if (typeof message.playerId === "number")
                    object.playerId = options.longs === $String ? $String(message.playerId) : message.playerId;
                else
                    object.playerId = options.longs === $String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === $Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
            return object;
        };

        /**
         * Converts this DeclineFriend to JSON.
         * @function toJSON
         * @memberof game.DeclineFriend
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DeclineFriend.prototype.toJSON = function() {
            return DeclineFriend.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DeclineFriend
         * @function getTypeUrl
         * @memberof game.DeclineFriend
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DeclineFriend.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.DeclineFriend";
        };

        return DeclineFriend;
    })();

    game.Block = (function() {

        /**
         * Properties of a Block.
         * @typedef {Object} game.Block.$Properties
         * @property {number|null} [playerId] Block playerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Block.
         * @memberof game
         * @interface IBlock
         * @augments game.Block.$Properties
         * @deprecated Use game.Block.$Properties instead.
         */

        /**
         * Shape of a Block.
         * @typedef {game.Block.$Properties} game.Block.$Shape
         */

        /**
         * Constructs a new Block.
         * @memberof game
         * @classdesc Represents a Block.
         * @constructor
         * @param {game.Block.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Block = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Block playerId.
         * @member {number} playerId
         * @memberof game.Block
         * @instance
         */
        Block.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Block instance using the specified properties.
         * @function create
         * @memberof game.Block
         * @static
         * @param {game.Block.$Properties=} [properties] Properties to set
         * @returns {game.Block} Block instance
         * @type {{
         *   (properties: game.Block.$Shape): game.Block & game.Block.$Shape;
         *   (properties?: game.Block.$Properties): game.Block;
         * }}
         */
        Block.create = function(properties) {
            return new Block(properties);
        };

        /**
         * Encodes the specified Block message. Does not implicitly {@link game.Block.verify|verify} messages.
         * @function encode
         * @memberof game.Block
         * @static
         * @param {game.Block.$Properties} message Block message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Block.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && (typeof message.playerId === "object" ? message.playerId.low || message.playerId.high : message.playerId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @function decode
         * @memberof game.Block
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Block & game.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Block.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Block();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Block message.
         * @function verify
         * @memberof game.Block
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Block.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                    return "playerId: integer|Long expected";
            return null;
        };

        /**
         * Creates a Block message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Block
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Block} Block
         */
        Block.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Block)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Block: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Block();
            if (object.playerId != null)
                if (typeof object.playerId === "object" ? object.playerId.low || object.playerId.high : $Number(object.playerId) !== 0)
                    if ($util.Long)
                        message.playerId = $util.Long.fromValue(object.playerId, true);
                    else if (typeof object.playerId === "string")
                        message.playerId = $parseInt(object.playerId, 10);
                    else if (typeof object.playerId === "number")
                        message.playerId = object.playerId;
                    else if (typeof object.playerId === "object")
                        message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a Block message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Block
         * @static
         * @param {game.Block} message Block
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Block.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.playerId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.playerId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.playerId = typeof message.playerId === "number" ? $BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                else if (typeof message.playerId === "number")
                    object.playerId = options.longs === $String ? $String(message.playerId) : message.playerId;
                else
                    object.playerId = options.longs === $String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === $Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
            return object;
        };

        /**
         * Converts this Block to JSON.
         * @function toJSON
         * @memberof game.Block
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Block.prototype.toJSON = function() {
            return Block.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Block
         * @function getTypeUrl
         * @memberof game.Block
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Block.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Block";
        };

        return Block;
    })();

    game.Unblock = (function() {

        /**
         * Properties of an Unblock.
         * @typedef {Object} game.Unblock.$Properties
         * @property {number|null} [playerId] Unblock playerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Unblock.
         * @memberof game
         * @interface IUnblock
         * @augments game.Unblock.$Properties
         * @deprecated Use game.Unblock.$Properties instead.
         */

        /**
         * Shape of an Unblock.
         * @typedef {game.Unblock.$Properties} game.Unblock.$Shape
         */

        /**
         * Constructs a new Unblock.
         * @memberof game
         * @classdesc Represents an Unblock.
         * @constructor
         * @param {game.Unblock.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Unblock = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Unblock playerId.
         * @member {number} playerId
         * @memberof game.Unblock
         * @instance
         */
        Unblock.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Unblock instance using the specified properties.
         * @function create
         * @memberof game.Unblock
         * @static
         * @param {game.Unblock.$Properties=} [properties] Properties to set
         * @returns {game.Unblock} Unblock instance
         * @type {{
         *   (properties: game.Unblock.$Shape): game.Unblock & game.Unblock.$Shape;
         *   (properties?: game.Unblock.$Properties): game.Unblock;
         * }}
         */
        Unblock.create = function(properties) {
            return new Unblock(properties);
        };

        /**
         * Encodes the specified Unblock message. Does not implicitly {@link game.Unblock.verify|verify} messages.
         * @function encode
         * @memberof game.Unblock
         * @static
         * @param {game.Unblock.$Properties} message Unblock message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Unblock.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && (typeof message.playerId === "object" ? message.playerId.low || message.playerId.high : message.playerId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Unblock message from the specified reader or buffer.
         * @function decode
         * @memberof game.Unblock
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Unblock & game.Unblock.$Shape} Unblock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Unblock.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Unblock();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies an Unblock message.
         * @function verify
         * @memberof game.Unblock
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Unblock.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                    return "playerId: integer|Long expected";
            return null;
        };

        /**
         * Creates an Unblock message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Unblock
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Unblock} Unblock
         */
        Unblock.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Unblock)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Unblock: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Unblock();
            if (object.playerId != null)
                if (typeof object.playerId === "object" ? object.playerId.low || object.playerId.high : $Number(object.playerId) !== 0)
                    if ($util.Long)
                        message.playerId = $util.Long.fromValue(object.playerId, true);
                    else if (typeof object.playerId === "string")
                        message.playerId = $parseInt(object.playerId, 10);
                    else if (typeof object.playerId === "number")
                        message.playerId = object.playerId;
                    else if (typeof object.playerId === "object")
                        message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from an Unblock message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Unblock
         * @static
         * @param {game.Unblock} message Unblock
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Unblock.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.playerId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.playerId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.playerId = typeof message.playerId === "number" ? $BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                else if (typeof message.playerId === "number")
                    object.playerId = options.longs === $String ? $String(message.playerId) : message.playerId;
                else
                    object.playerId = options.longs === $String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === $Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
            return object;
        };

        /**
         * Converts this Unblock to JSON.
         * @function toJSON
         * @memberof game.Unblock
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Unblock.prototype.toJSON = function() {
            return Unblock.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Unblock
         * @function getTypeUrl
         * @memberof game.Unblock
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Unblock.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Unblock";
        };

        return Unblock;
    })();

    game.GetPresence = (function() {

        /**
         * Properties of a GetPresence.
         * @typedef {Object} game.GetPresence.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetPresence.
         * @memberof game
         * @interface IGetPresence
         * @augments game.GetPresence.$Properties
         * @deprecated Use game.GetPresence.$Properties instead.
         */

        /**
         * Shape of a GetPresence.
         * @typedef {game.GetPresence.$Properties} game.GetPresence.$Shape
         */

        /**
         * Constructs a new GetPresence.
         * @memberof game
         * @classdesc Represents a GetPresence.
         * @constructor
         * @param {game.GetPresence.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetPresence = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new GetPresence instance using the specified properties.
         * @function create
         * @memberof game.GetPresence
         * @static
         * @param {game.GetPresence.$Properties=} [properties] Properties to set
         * @returns {game.GetPresence} GetPresence instance
         * @type {{
         *   (properties: game.GetPresence.$Shape): game.GetPresence & game.GetPresence.$Shape;
         *   (properties?: game.GetPresence.$Properties): game.GetPresence;
         * }}
         */
        GetPresence.create = function(properties) {
            return new GetPresence(properties);
        };

        /**
         * Encodes the specified GetPresence message. Does not implicitly {@link game.GetPresence.verify|verify} messages.
         * @function encode
         * @memberof game.GetPresence
         * @static
         * @param {game.GetPresence.$Properties} message GetPresence message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetPresence.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GetPresence message from the specified reader or buffer.
         * @function decode
         * @memberof game.GetPresence
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.GetPresence & game.GetPresence.$Shape} GetPresence
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetPresence.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.GetPresence();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a GetPresence message.
         * @function verify
         * @memberof game.GetPresence
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GetPresence.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a GetPresence message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.GetPresence
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.GetPresence} GetPresence
         */
        GetPresence.fromObject = function (object, _depth) {
            if (object instanceof $root.game.GetPresence)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.GetPresence: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.game.GetPresence();
        };

        /**
         * Creates a plain object from a GetPresence message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.GetPresence
         * @static
         * @param {game.GetPresence} message GetPresence
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetPresence.toObject = function () {
            return {};
        };

        /**
         * Converts this GetPresence to JSON.
         * @function toJSON
         * @memberof game.GetPresence
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetPresence.prototype.toJSON = function() {
            return GetPresence.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GetPresence
         * @function getTypeUrl
         * @memberof game.GetPresence
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GetPresence.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.GetPresence";
        };

        return GetPresence;
    })();

    game.Presence = (function() {

        /**
         * Properties of a Presence.
         * @typedef {Object} game.Presence.$Properties
         * @property {Array.<number>|null} [online] Presence online
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Presence.
         * @memberof game
         * @interface IPresence
         * @augments game.Presence.$Properties
         * @deprecated Use game.Presence.$Properties instead.
         */

        /**
         * Shape of a Presence.
         * @typedef {game.Presence.$Properties} game.Presence.$Shape
         */

        /**
         * Constructs a new Presence.
         * @memberof game
         * @classdesc Represents a Presence.
         * @constructor
         * @param {game.Presence.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Presence = function (properties) {
            this.online = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Presence online.
         * @member {Array.<number>} online
         * @memberof game.Presence
         * @instance
         */
        Presence.prototype.online = $util.emptyArray;

        /**
         * Creates a new Presence instance using the specified properties.
         * @function create
         * @memberof game.Presence
         * @static
         * @param {game.Presence.$Properties=} [properties] Properties to set
         * @returns {game.Presence} Presence instance
         * @type {{
         *   (properties: game.Presence.$Shape): game.Presence & game.Presence.$Shape;
         *   (properties?: game.Presence.$Properties): game.Presence;
         * }}
         */
        Presence.create = function(properties) {
            return new Presence(properties);
        };

        /**
         * Encodes the specified Presence message. Does not implicitly {@link game.Presence.verify|verify} messages.
         * @function encode
         * @memberof game.Presence
         * @static
         * @param {game.Presence.$Properties} message Presence message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Presence.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.online != null && message.online.length)
                writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.online);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Presence message from the specified reader or buffer.
         * @function decode
         * @memberof game.Presence
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Presence & game.Presence.$Shape} Presence
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Presence.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Presence();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.online && message.online.length))
                                message.online = [];
                            reader.uint64s(message.online);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.online && message.online.length))
                            message.online = [];
                        message.online.push(reader.uint64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Presence message.
         * @function verify
         * @memberof game.Presence
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Presence.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.online != null && $Object.hasOwnProperty.call(message, "online")) {
                if (!$Array.isArray(message.online))
                    return "online: array expected";
                for (var i = 0; i < message.online.length; ++i)
                    if (!$util.isInteger(message.online[i]) && !(message.online[i] && $util.isInteger(message.online[i].low) && $util.isInteger(message.online[i].high)))
                        return "online: integer|Long[] expected";
            }
            return null;
        };

        /**
         * Creates a Presence message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Presence
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Presence} Presence
         */
        Presence.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Presence)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Presence: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Presence();
            if (object.online) {
                if (!$Array.isArray(object.online))
                    throw $TypeError(".game.Presence.online: array expected");
                message.online = $Array(object.online.length);
                for (var i = 0; i < object.online.length; ++i)
                    if ($util.Long)
                        message.online[i] = $util.Long.fromValue(object.online[i], true);
                    else if (typeof object.online[i] === "string")
                        message.online[i] = $parseInt(object.online[i], 10);
                    else if (typeof object.online[i] === "number")
                        message.online[i] = object.online[i];
                    else if (typeof object.online[i] === "object")
                        message.online[i] = new $util.LongBits(object.online[i].low >>> 0, object.online[i].high >>> 0).toNumber(true);
            }
            return message;
        };

        /**
         * Creates a plain object from a Presence message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Presence
         * @static
         * @param {game.Presence} message Presence
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Presence.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults)
                object.online = [];
            if (message.online && message.online.length) {
                object.online = $Array(message.online.length);
                for (var j = 0; j < message.online.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.online[j] = typeof message.online[j] === "number" ? $BigInt(message.online[j]) : $util.Long.fromBits(message.online[j].low >>> 0, message.online[j].high >>> 0, true).toBigInt();
                    else if (typeof message.online[j] === "number")
                        object.online[j] = options.longs === $String ? $String(message.online[j]) : message.online[j];
                    else
                        object.online[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.online[j]) : options.longs === $Number ? new $util.LongBits(message.online[j].low >>> 0, message.online[j].high >>> 0).toNumber(true) : message.online[j];
            }
            return object;
        };

        /**
         * Converts this Presence to JSON.
         * @function toJSON
         * @memberof game.Presence
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Presence.prototype.toJSON = function() {
            return Presence.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Presence
         * @function getTypeUrl
         * @memberof game.Presence
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Presence.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Presence";
        };

        return Presence;
    })();

    game.VisitFriend = (function() {

        /**
         * Properties of a VisitFriend.
         * @typedef {Object} game.VisitFriend.$Properties
         * @property {number|null} [playerId] VisitFriend playerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a VisitFriend.
         * @memberof game
         * @interface IVisitFriend
         * @augments game.VisitFriend.$Properties
         * @deprecated Use game.VisitFriend.$Properties instead.
         */

        /**
         * Shape of a VisitFriend.
         * @typedef {game.VisitFriend.$Properties} game.VisitFriend.$Shape
         */

        /**
         * Constructs a new VisitFriend.
         * @memberof game
         * @classdesc Represents a VisitFriend.
         * @constructor
         * @param {game.VisitFriend.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var VisitFriend = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * VisitFriend playerId.
         * @member {number} playerId
         * @memberof game.VisitFriend
         * @instance
         */
        VisitFriend.prototype.playerId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new VisitFriend instance using the specified properties.
         * @function create
         * @memberof game.VisitFriend
         * @static
         * @param {game.VisitFriend.$Properties=} [properties] Properties to set
         * @returns {game.VisitFriend} VisitFriend instance
         * @type {{
         *   (properties: game.VisitFriend.$Shape): game.VisitFriend & game.VisitFriend.$Shape;
         *   (properties?: game.VisitFriend.$Properties): game.VisitFriend;
         * }}
         */
        VisitFriend.create = function(properties) {
            return new VisitFriend(properties);
        };

        /**
         * Encodes the specified VisitFriend message. Does not implicitly {@link game.VisitFriend.verify|verify} messages.
         * @function encode
         * @memberof game.VisitFriend
         * @static
         * @param {game.VisitFriend.$Properties} message VisitFriend message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        VisitFriend.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && (typeof message.playerId === "object" ? message.playerId.low || message.playerId.high : message.playerId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.playerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a VisitFriend message from the specified reader or buffer.
         * @function decode
         * @memberof game.VisitFriend
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.VisitFriend & game.VisitFriend.$Shape} VisitFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        VisitFriend.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.VisitFriend();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a VisitFriend message.
         * @function verify
         * @memberof game.VisitFriend
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        VisitFriend.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (!$util.isInteger(message.playerId) && !(message.playerId && $util.isInteger(message.playerId.low) && $util.isInteger(message.playerId.high)))
                    return "playerId: integer|Long expected";
            return null;
        };

        /**
         * Creates a VisitFriend message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.VisitFriend
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.VisitFriend} VisitFriend
         */
        VisitFriend.fromObject = function (object, _depth) {
            if (object instanceof $root.game.VisitFriend)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.VisitFriend: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.VisitFriend();
            if (object.playerId != null)
                if (typeof object.playerId === "object" ? object.playerId.low || object.playerId.high : $Number(object.playerId) !== 0)
                    if ($util.Long)
                        message.playerId = $util.Long.fromValue(object.playerId, true);
                    else if (typeof object.playerId === "string")
                        message.playerId = $parseInt(object.playerId, 10);
                    else if (typeof object.playerId === "number")
                        message.playerId = object.playerId;
                    else if (typeof object.playerId === "object")
                        message.playerId = new $util.LongBits(object.playerId.low >>> 0, object.playerId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a VisitFriend message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.VisitFriend
         * @static
         * @param {game.VisitFriend} message VisitFriend
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        VisitFriend.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.playerId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.playerId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.playerId = typeof message.playerId === "number" ? $BigInt(message.playerId) : $util.Long.fromBits(message.playerId.low >>> 0, message.playerId.high >>> 0, true).toBigInt();
                else if (typeof message.playerId === "number")
                    object.playerId = options.longs === $String ? $String(message.playerId) : message.playerId;
                else
                    object.playerId = options.longs === $String ? $util.Long.prototype.toString.call(message.playerId) : options.longs === $Number ? new $util.LongBits(message.playerId.low >>> 0, message.playerId.high >>> 0).toNumber(true) : message.playerId;
            return object;
        };

        /**
         * Converts this VisitFriend to JSON.
         * @function toJSON
         * @memberof game.VisitFriend
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        VisitFriend.prototype.toJSON = function() {
            return VisitFriend.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for VisitFriend
         * @function getTypeUrl
         * @memberof game.VisitFriend
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        VisitFriend.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.VisitFriend";
        };

        return VisitFriend;
    })();

    game.FriendFarm = (function() {

        /**
         * Properties of a FriendFarm.
         * @typedef {Object} game.FriendFarm.$Properties
         * @property {number|null} [id] FriendFarm id
         * @property {string|null} [name] FriendFarm name
         * @property {number|null} [level] FriendFarm level
         * @property {Array.<game.Plot.$Properties>|null} [plots] FriendFarm plots
         * @property {number|null} [plotCount] FriendFarm plotCount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendFarm.
         * @memberof game
         * @interface IFriendFarm
         * @augments game.FriendFarm.$Properties
         * @deprecated Use game.FriendFarm.$Properties instead.
         */

        /**
         * Shape of a FriendFarm.
         * @typedef {game.FriendFarm.$Properties} game.FriendFarm.$Shape
         */

        /**
         * Constructs a new FriendFarm.
         * @memberof game
         * @classdesc Represents a FriendFarm.
         * @constructor
         * @param {game.FriendFarm.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var FriendFarm = function (properties) {
            this.plots = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendFarm id.
         * @member {number} id
         * @memberof game.FriendFarm
         * @instance
         */
        FriendFarm.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * FriendFarm name.
         * @member {string} name
         * @memberof game.FriendFarm
         * @instance
         */
        FriendFarm.prototype.name = "";

        /**
         * FriendFarm level.
         * @member {number} level
         * @memberof game.FriendFarm
         * @instance
         */
        FriendFarm.prototype.level = 0;

        /**
         * FriendFarm plots.
         * @member {Array.<game.Plot.$Properties>} plots
         * @memberof game.FriendFarm
         * @instance
         */
        FriendFarm.prototype.plots = $util.emptyArray;

        /**
         * FriendFarm plotCount.
         * @member {number} plotCount
         * @memberof game.FriendFarm
         * @instance
         */
        FriendFarm.prototype.plotCount = 0;

        /**
         * Creates a new FriendFarm instance using the specified properties.
         * @function create
         * @memberof game.FriendFarm
         * @static
         * @param {game.FriendFarm.$Properties=} [properties] Properties to set
         * @returns {game.FriendFarm} FriendFarm instance
         * @type {{
         *   (properties: game.FriendFarm.$Shape): game.FriendFarm & game.FriendFarm.$Shape;
         *   (properties?: game.FriendFarm.$Properties): game.FriendFarm;
         * }}
         */
        FriendFarm.create = function(properties) {
            return new FriendFarm(properties);
        };

        /**
         * Encodes the specified FriendFarm message. Does not implicitly {@link game.FriendFarm.verify|verify} messages.
         * @function encode
         * @memberof game.FriendFarm
         * @static
         * @param {game.FriendFarm.$Properties} message FriendFarm message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendFarm.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.level);
            if (message.plots != null && message.plots.length)
                for (var i = 0; i < message.plots.length; ++i)
                    $root.game.Plot.encode(message.plots[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.plotCount != null && $Object.hasOwnProperty.call(message, "plotCount") && message.plotCount !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.plotCount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendFarm message from the specified reader or buffer.
         * @function decode
         * @memberof game.FriendFarm
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.FriendFarm & game.FriendFarm.$Shape} FriendFarm
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendFarm.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.FriendFarm();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.level = value;
                        else
                            delete message.level;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.plots && message.plots.length))
                            message.plots = [];
                        message.plots.push($root.game.Plot.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.plotCount = value;
                        else
                            delete message.plotCount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a FriendFarm message.
         * @function verify
         * @memberof game.FriendFarm
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        FriendFarm.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                    return "id: integer|Long expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                if (!$util.isInteger(message.level))
                    return "level: integer expected";
            if (message.plots != null && $Object.hasOwnProperty.call(message, "plots")) {
                if (!$Array.isArray(message.plots))
                    return "plots: array expected";
                for (var i = 0; i < message.plots.length; ++i) {
                    var error = $root.game.Plot.verify(message.plots[i], _depth + 1);
                    if (error)
                        return "plots." + error;
                }
            }
            if (message.plotCount != null && $Object.hasOwnProperty.call(message, "plotCount"))
                if (!$util.isInteger(message.plotCount))
                    return "plotCount: integer expected";
            return null;
        };

        /**
         * Creates a FriendFarm message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.FriendFarm
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.FriendFarm} FriendFarm
         */
        FriendFarm.fromObject = function (object, _depth) {
            if (object instanceof $root.game.FriendFarm)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.FriendFarm: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.FriendFarm();
            if (object.id != null)
                if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                    if ($util.Long)
                        message.id = $util.Long.fromValue(object.id, true);
                    else if (typeof object.id === "string")
                        message.id = $parseInt(object.id, 10);
                    else if (typeof object.id === "number")
                        message.id = object.id;
                    else if (typeof object.id === "object")
                        message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.level != null)
                if ($Number(object.level) !== 0)
                    message.level = object.level >>> 0;
            if (object.plots) {
                if (!$Array.isArray(object.plots))
                    throw $TypeError(".game.FriendFarm.plots: array expected");
                message.plots = $Array(object.plots.length);
                for (var i = 0; i < object.plots.length; ++i) {
                    if (!$util.isObject(object.plots[i]))
                        throw $TypeError(".game.FriendFarm.plots: object expected");
                    message.plots[i] = $root.game.Plot.fromObject(object.plots[i], _depth + 1);
                }
            }
            if (object.plotCount != null)
                if ($Number(object.plotCount) !== 0)
                    message.plotCount = object.plotCount >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a FriendFarm message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.FriendFarm
         * @static
         * @param {game.FriendFarm} message FriendFarm
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FriendFarm.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults)
                object.plots = [];
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                object.level = 0;
                object.plotCount = 0;
            }
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                else if (typeof message.id === "number")
                    object.id = options.longs === $String ? $String(message.id) : message.id;
                else
                    object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                object.level = message.level;
            if (message.plots && message.plots.length) {
                object.plots = $Array(message.plots.length);
                for (var j = 0; j < message.plots.length; ++j)
                    object.plots[j] = $root.game.Plot.toObject(message.plots[j], options, _depth + 1);
            }
            if (message.plotCount != null && $Object.hasOwnProperty.call(message, "plotCount"))
                object.plotCount = message.plotCount;
            return object;
        };

        /**
         * Converts this FriendFarm to JSON.
         * @function toJSON
         * @memberof game.FriendFarm
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FriendFarm.prototype.toJSON = function() {
            return FriendFarm.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for FriendFarm
         * @function getTypeUrl
         * @memberof game.FriendFarm
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FriendFarm.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.FriendFarm";
        };

        return FriendFarm;
    })();

    game.SendGift = (function() {

        /**
         * Properties of a SendGift.
         * @typedef {Object} game.SendGift.$Properties
         * @property {number|null} [to] SendGift to
         * @property {string|null} [item] SendGift item
         * @property {number|null} [qty] SendGift qty
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SendGift.
         * @memberof game
         * @interface ISendGift
         * @augments game.SendGift.$Properties
         * @deprecated Use game.SendGift.$Properties instead.
         */

        /**
         * Shape of a SendGift.
         * @typedef {game.SendGift.$Properties} game.SendGift.$Shape
         */

        /**
         * Constructs a new SendGift.
         * @memberof game
         * @classdesc Represents a SendGift.
         * @constructor
         * @param {game.SendGift.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var SendGift = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SendGift to.
         * @member {number} to
         * @memberof game.SendGift
         * @instance
         */
        SendGift.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SendGift item.
         * @member {string} item
         * @memberof game.SendGift
         * @instance
         */
        SendGift.prototype.item = "";

        /**
         * SendGift qty.
         * @member {number} qty
         * @memberof game.SendGift
         * @instance
         */
        SendGift.prototype.qty = 0;

        /**
         * Creates a new SendGift instance using the specified properties.
         * @function create
         * @memberof game.SendGift
         * @static
         * @param {game.SendGift.$Properties=} [properties] Properties to set
         * @returns {game.SendGift} SendGift instance
         * @type {{
         *   (properties: game.SendGift.$Shape): game.SendGift & game.SendGift.$Shape;
         *   (properties?: game.SendGift.$Properties): game.SendGift;
         * }}
         */
        SendGift.create = function(properties) {
            return new SendGift(properties);
        };

        /**
         * Encodes the specified SendGift message. Does not implicitly {@link game.SendGift.verify|verify} messages.
         * @function encode
         * @memberof game.SendGift
         * @static
         * @param {game.SendGift.$Properties} message SendGift message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SendGift.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.to);
            if (message.item != null && $Object.hasOwnProperty.call(message, "item") && message.item !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.item);
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && message.qty !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.qty);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SendGift message from the specified reader or buffer.
         * @function decode
         * @memberof game.SendGift
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.SendGift & game.SendGift.$Shape} SendGift
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SendGift.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.SendGift();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.to = value;
                        else
                            delete message.to;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.item = value;
                        else
                            delete message.item;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.qty = value;
                        else
                            delete message.qty;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a SendGift message.
         * @function verify
         * @memberof game.SendGift
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SendGift.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                if (!$util.isInteger(message.to) && !(message.to && $util.isInteger(message.to.low) && $util.isInteger(message.to.high)))
                    return "to: integer|Long expected";
            if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                if (!$util.isString(message.item))
                    return "item: string expected";
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                if (!$util.isInteger(message.qty))
                    return "qty: integer expected";
            return null;
        };

        /**
         * Creates a SendGift message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.SendGift
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.SendGift} SendGift
         */
        SendGift.fromObject = function (object, _depth) {
            if (object instanceof $root.game.SendGift)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.SendGift: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.SendGift();
            if (object.to != null)
                if (typeof object.to === "object" ? object.to.low || object.to.high : $Number(object.to) !== 0)
                    if ($util.Long)
                        message.to = $util.Long.fromValue(object.to, true);
                    else if (typeof object.to === "string")
                        message.to = $parseInt(object.to, 10);
                    else if (typeof object.to === "number")
                        message.to = object.to;
                    else if (typeof object.to === "object")
                        message.to = new $util.LongBits(object.to.low >>> 0, object.to.high >>> 0).toNumber(true);
            if (object.item != null)
                if (typeof object.item !== "string" || object.item.length)
                    message.item = $String(object.item);
            if (object.qty != null)
                if ($Number(object.qty) !== 0)
                    message.qty = object.qty >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a SendGift message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.SendGift
         * @static
         * @param {game.SendGift} message SendGift
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SendGift.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.to = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.to = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.item = "";
                object.qty = 0;
            }
            if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.to = typeof message.to === "number" ? $BigInt(message.to) : $util.Long.fromBits(message.to.low >>> 0, message.to.high >>> 0, true).toBigInt();
                else if (typeof message.to === "number")
                    object.to = options.longs === $String ? $String(message.to) : message.to;
                else
                    object.to = options.longs === $String ? $util.Long.prototype.toString.call(message.to) : options.longs === $Number ? new $util.LongBits(message.to.low >>> 0, message.to.high >>> 0).toNumber(true) : message.to;
            if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                object.item = message.item;
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                object.qty = message.qty;
            return object;
        };

        /**
         * Converts this SendGift to JSON.
         * @function toJSON
         * @memberof game.SendGift
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SendGift.prototype.toJSON = function() {
            return SendGift.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SendGift
         * @function getTypeUrl
         * @memberof game.SendGift
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SendGift.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.SendGift";
        };

        return SendGift;
    })();

    game.Chat = (function() {

        /**
         * Properties of a Chat.
         * @typedef {Object} game.Chat.$Properties
         * @property {number|null} [to] Chat to
         * @property {string|null} [text] Chat text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Chat.
         * @memberof game
         * @interface IChat
         * @augments game.Chat.$Properties
         * @deprecated Use game.Chat.$Properties instead.
         */

        /**
         * Shape of a Chat.
         * @typedef {game.Chat.$Properties} game.Chat.$Shape
         */

        /**
         * Constructs a new Chat.
         * @memberof game
         * @classdesc Represents a Chat.
         * @constructor
         * @param {game.Chat.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Chat = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Chat to.
         * @member {number} to
         * @memberof game.Chat
         * @instance
         */
        Chat.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Chat text.
         * @member {string} text
         * @memberof game.Chat
         * @instance
         */
        Chat.prototype.text = "";

        /**
         * Creates a new Chat instance using the specified properties.
         * @function create
         * @memberof game.Chat
         * @static
         * @param {game.Chat.$Properties=} [properties] Properties to set
         * @returns {game.Chat} Chat instance
         * @type {{
         *   (properties: game.Chat.$Shape): game.Chat & game.Chat.$Shape;
         *   (properties?: game.Chat.$Properties): game.Chat;
         * }}
         */
        Chat.create = function(properties) {
            return new Chat(properties);
        };

        /**
         * Encodes the specified Chat message. Does not implicitly {@link game.Chat.verify|verify} messages.
         * @function encode
         * @memberof game.Chat
         * @static
         * @param {game.Chat.$Properties} message Chat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Chat.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.to);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Chat message from the specified reader or buffer.
         * @function decode
         * @memberof game.Chat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Chat & game.Chat.$Shape} Chat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Chat.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Chat();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.to = value;
                        else
                            delete message.to;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.text = value;
                        else
                            delete message.text;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Chat message.
         * @function verify
         * @memberof game.Chat
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Chat.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                if (!$util.isInteger(message.to) && !(message.to && $util.isInteger(message.to.low) && $util.isInteger(message.to.high)))
                    return "to: integer|Long expected";
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            return null;
        };

        /**
         * Creates a Chat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Chat
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Chat} Chat
         */
        Chat.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Chat)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Chat: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Chat();
            if (object.to != null)
                if (typeof object.to === "object" ? object.to.low || object.to.high : $Number(object.to) !== 0)
                    if ($util.Long)
                        message.to = $util.Long.fromValue(object.to, true);
                    else if (typeof object.to === "string")
                        message.to = $parseInt(object.to, 10);
                    else if (typeof object.to === "number")
                        message.to = object.to;
                    else if (typeof object.to === "object")
                        message.to = new $util.LongBits(object.to.low >>> 0, object.to.high >>> 0).toNumber(true);
            if (object.text != null)
                if (typeof object.text !== "string" || object.text.length)
                    message.text = $String(object.text);
            return message;
        };

        /**
         * Creates a plain object from a Chat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Chat
         * @static
         * @param {game.Chat} message Chat
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Chat.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.to = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.to = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.text = "";
            }
            if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.to = typeof message.to === "number" ? $BigInt(message.to) : $util.Long.fromBits(message.to.low >>> 0, message.to.high >>> 0, true).toBigInt();
                else if (typeof message.to === "number")
                    object.to = options.longs === $String ? $String(message.to) : message.to;
                else
                    object.to = options.longs === $String ? $util.Long.prototype.toString.call(message.to) : options.longs === $Number ? new $util.LongBits(message.to.low >>> 0, message.to.high >>> 0).toNumber(true) : message.to;
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            return object;
        };

        /**
         * Converts this Chat to JSON.
         * @function toJSON
         * @memberof game.Chat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Chat.prototype.toJSON = function() {
            return Chat.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Chat
         * @function getTypeUrl
         * @memberof game.Chat
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Chat.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Chat";
        };

        return Chat;
    })();

    game.Top = (function() {

        /**
         * Properties of a Top.
         * @typedef {Object} game.Top.$Properties
         * @property {number|null} [n] Top n
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Top.
         * @memberof game
         * @interface ITop
         * @augments game.Top.$Properties
         * @deprecated Use game.Top.$Properties instead.
         */

        /**
         * Shape of a Top.
         * @typedef {game.Top.$Properties} game.Top.$Shape
         */

        /**
         * Constructs a new Top.
         * @memberof game
         * @classdesc Represents a Top.
         * @constructor
         * @param {game.Top.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Top = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Top n.
         * @member {number} n
         * @memberof game.Top
         * @instance
         */
        Top.prototype.n = 0;

        /**
         * Creates a new Top instance using the specified properties.
         * @function create
         * @memberof game.Top
         * @static
         * @param {game.Top.$Properties=} [properties] Properties to set
         * @returns {game.Top} Top instance
         * @type {{
         *   (properties: game.Top.$Shape): game.Top & game.Top.$Shape;
         *   (properties?: game.Top.$Properties): game.Top;
         * }}
         */
        Top.create = function(properties) {
            return new Top(properties);
        };

        /**
         * Encodes the specified Top message. Does not implicitly {@link game.Top.verify|verify} messages.
         * @function encode
         * @memberof game.Top
         * @static
         * @param {game.Top.$Properties} message Top message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Top.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.n != null && $Object.hasOwnProperty.call(message, "n") && message.n !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.n);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Top message from the specified reader or buffer.
         * @function decode
         * @memberof game.Top
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Top & game.Top.$Shape} Top
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Top.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Top();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.n = value;
                        else
                            delete message.n;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Top message.
         * @function verify
         * @memberof game.Top
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Top.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                if (!$util.isInteger(message.n))
                    return "n: integer expected";
            return null;
        };

        /**
         * Creates a Top message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Top
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Top} Top
         */
        Top.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Top)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Top: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Top();
            if (object.n != null)
                if ($Number(object.n) !== 0)
                    message.n = object.n >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Top message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Top
         * @static
         * @param {game.Top} message Top
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Top.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.n = 0;
            if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                object.n = message.n;
            return object;
        };

        /**
         * Converts this Top to JSON.
         * @function toJSON
         * @memberof game.Top
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Top.prototype.toJSON = function() {
            return Top.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Top
         * @function getTypeUrl
         * @memberof game.Top
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Top.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Top";
        };

        return Top;
    })();

    game.TopEntry = (function() {

        /**
         * Properties of a TopEntry.
         * @typedef {Object} game.TopEntry.$Properties
         * @property {number|null} [id] TopEntry id
         * @property {string|null} [name] TopEntry name
         * @property {number|null} [xp] TopEntry xp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TopEntry.
         * @memberof game
         * @interface ITopEntry
         * @augments game.TopEntry.$Properties
         * @deprecated Use game.TopEntry.$Properties instead.
         */

        /**
         * Shape of a TopEntry.
         * @typedef {game.TopEntry.$Properties} game.TopEntry.$Shape
         */

        /**
         * Constructs a new TopEntry.
         * @memberof game
         * @classdesc Represents a TopEntry.
         * @constructor
         * @param {game.TopEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var TopEntry = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TopEntry id.
         * @member {number} id
         * @memberof game.TopEntry
         * @instance
         */
        TopEntry.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TopEntry name.
         * @member {string} name
         * @memberof game.TopEntry
         * @instance
         */
        TopEntry.prototype.name = "";

        /**
         * TopEntry xp.
         * @member {number} xp
         * @memberof game.TopEntry
         * @instance
         */
        TopEntry.prototype.xp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TopEntry instance using the specified properties.
         * @function create
         * @memberof game.TopEntry
         * @static
         * @param {game.TopEntry.$Properties=} [properties] Properties to set
         * @returns {game.TopEntry} TopEntry instance
         * @type {{
         *   (properties: game.TopEntry.$Shape): game.TopEntry & game.TopEntry.$Shape;
         *   (properties?: game.TopEntry.$Properties): game.TopEntry;
         * }}
         */
        TopEntry.create = function(properties) {
            return new TopEntry(properties);
        };

        /**
         * Encodes the specified TopEntry message. Does not implicitly {@link game.TopEntry.verify|verify} messages.
         * @function encode
         * @memberof game.TopEntry
         * @static
         * @param {game.TopEntry.$Properties} message TopEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TopEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp") && (typeof message.xp === "object" ? message.xp.low || message.xp.high : message.xp !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.xp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TopEntry message from the specified reader or buffer.
         * @function decode
         * @memberof game.TopEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.TopEntry & game.TopEntry.$Shape} TopEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TopEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.TopEntry();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.xp = value;
                        else
                            delete message.xp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a TopEntry message.
         * @function verify
         * @memberof game.TopEntry
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TopEntry.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                    return "id: integer|Long expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp"))
                if (!$util.isInteger(message.xp) && !(message.xp && $util.isInteger(message.xp.low) && $util.isInteger(message.xp.high)))
                    return "xp: integer|Long expected";
            return null;
        };

        /**
         * Creates a TopEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.TopEntry
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.TopEntry} TopEntry
         */
        TopEntry.fromObject = function (object, _depth) {
            if (object instanceof $root.game.TopEntry)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.TopEntry: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.TopEntry();
            if (object.id != null)
                if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                    if ($util.Long)
                        message.id = $util.Long.fromValue(object.id, true);
                    else if (typeof object.id === "string")
                        message.id = $parseInt(object.id, 10);
                    else if (typeof object.id === "number")
                        message.id = object.id;
                    else if (typeof object.id === "object")
                        message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.xp != null)
                if (typeof object.xp === "object" ? object.xp.low || object.xp.high : $Number(object.xp) !== 0)
                    if ($util.Long)
                        message.xp = $util.Long.fromValue(object.xp, true);
                    else if (typeof object.xp === "string")
                        message.xp = $parseInt(object.xp, 10);
                    else if (typeof object.xp === "number")
                        message.xp = object.xp;
                    else if (typeof object.xp === "object")
                        message.xp = new $util.LongBits(object.xp.low >>> 0, object.xp.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a TopEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.TopEntry
         * @static
         * @param {game.TopEntry} message TopEntry
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TopEntry.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.xp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.xp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                else if (typeof message.id === "number")
                    object.id = options.longs === $String ? $String(message.id) : message.id;
                else
                    object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.xp != null && $Object.hasOwnProperty.call(message, "xp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.xp = typeof message.xp === "number" ? $BigInt(message.xp) : $util.Long.fromBits(message.xp.low >>> 0, message.xp.high >>> 0, true).toBigInt();
                else if (typeof message.xp === "number")
                    object.xp = options.longs === $String ? $String(message.xp) : message.xp;
                else
                    object.xp = options.longs === $String ? $util.Long.prototype.toString.call(message.xp) : options.longs === $Number ? new $util.LongBits(message.xp.low >>> 0, message.xp.high >>> 0).toNumber(true) : message.xp;
            return object;
        };

        /**
         * Converts this TopEntry to JSON.
         * @function toJSON
         * @memberof game.TopEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TopEntry.prototype.toJSON = function() {
            return TopEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TopEntry
         * @function getTypeUrl
         * @memberof game.TopEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TopEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.TopEntry";
        };

        return TopEntry;
    })();

    game.TopResult = (function() {

        /**
         * Properties of a TopResult.
         * @typedef {Object} game.TopResult.$Properties
         * @property {Array.<game.TopEntry.$Properties>|null} [entries] TopResult entries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TopResult.
         * @memberof game
         * @interface ITopResult
         * @augments game.TopResult.$Properties
         * @deprecated Use game.TopResult.$Properties instead.
         */

        /**
         * Shape of a TopResult.
         * @typedef {game.TopResult.$Properties} game.TopResult.$Shape
         */

        /**
         * Constructs a new TopResult.
         * @memberof game
         * @classdesc Represents a TopResult.
         * @constructor
         * @param {game.TopResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var TopResult = function (properties) {
            this.entries = [];
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TopResult entries.
         * @member {Array.<game.TopEntry.$Properties>} entries
         * @memberof game.TopResult
         * @instance
         */
        TopResult.prototype.entries = $util.emptyArray;

        /**
         * Creates a new TopResult instance using the specified properties.
         * @function create
         * @memberof game.TopResult
         * @static
         * @param {game.TopResult.$Properties=} [properties] Properties to set
         * @returns {game.TopResult} TopResult instance
         * @type {{
         *   (properties: game.TopResult.$Shape): game.TopResult & game.TopResult.$Shape;
         *   (properties?: game.TopResult.$Properties): game.TopResult;
         * }}
         */
        TopResult.create = function(properties) {
            return new TopResult(properties);
        };

        /**
         * Encodes the specified TopResult message. Does not implicitly {@link game.TopResult.verify|verify} messages.
         * @function encode
         * @memberof game.TopResult
         * @static
         * @param {game.TopResult.$Properties} message TopResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TopResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entries != null && message.entries.length)
                for (var i = 0; i < message.entries.length; ++i)
                    $root.game.TopEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TopResult message from the specified reader or buffer.
         * @function decode
         * @memberof game.TopResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.TopResult & game.TopResult.$Shape} TopResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TopResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.TopResult();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.game.TopEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a TopResult message.
         * @function verify
         * @memberof game.TopResult
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TopResult.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                if (!$Array.isArray(message.entries))
                    return "entries: array expected";
                for (var i = 0; i < message.entries.length; ++i) {
                    var error = $root.game.TopEntry.verify(message.entries[i], _depth + 1);
                    if (error)
                        return "entries." + error;
                }
            }
            return null;
        };

        /**
         * Creates a TopResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.TopResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.TopResult} TopResult
         */
        TopResult.fromObject = function (object, _depth) {
            if (object instanceof $root.game.TopResult)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.TopResult: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.TopResult();
            if (object.entries) {
                if (!$Array.isArray(object.entries))
                    throw $TypeError(".game.TopResult.entries: array expected");
                message.entries = $Array(object.entries.length);
                for (var i = 0; i < object.entries.length; ++i) {
                    if (!$util.isObject(object.entries[i]))
                        throw $TypeError(".game.TopResult.entries: object expected");
                    message.entries[i] = $root.game.TopEntry.fromObject(object.entries[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a TopResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.TopResult
         * @static
         * @param {game.TopResult} message TopResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TopResult.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.arrays || options.defaults)
                object.entries = [];
            if (message.entries && message.entries.length) {
                object.entries = $Array(message.entries.length);
                for (var j = 0; j < message.entries.length; ++j)
                    object.entries[j] = $root.game.TopEntry.toObject(message.entries[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this TopResult to JSON.
         * @function toJSON
         * @memberof game.TopResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TopResult.prototype.toJSON = function() {
            return TopResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TopResult
         * @function getTypeUrl
         * @memberof game.TopResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TopResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.TopResult";
        };

        return TopResult;
    })();

    game.Kicked = (function() {

        /**
         * Properties of a Kicked.
         * @typedef {Object} game.Kicked.$Properties
         * @property {string|null} [reason] Kicked reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Kicked.
         * @memberof game
         * @interface IKicked
         * @augments game.Kicked.$Properties
         * @deprecated Use game.Kicked.$Properties instead.
         */

        /**
         * Shape of a Kicked.
         * @typedef {game.Kicked.$Properties} game.Kicked.$Shape
         */

        /**
         * Constructs a new Kicked.
         * @memberof game
         * @classdesc Represents a Kicked.
         * @constructor
         * @param {game.Kicked.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var Kicked = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Kicked reason.
         * @member {string} reason
         * @memberof game.Kicked
         * @instance
         */
        Kicked.prototype.reason = "";

        /**
         * Creates a new Kicked instance using the specified properties.
         * @function create
         * @memberof game.Kicked
         * @static
         * @param {game.Kicked.$Properties=} [properties] Properties to set
         * @returns {game.Kicked} Kicked instance
         * @type {{
         *   (properties: game.Kicked.$Shape): game.Kicked & game.Kicked.$Shape;
         *   (properties?: game.Kicked.$Properties): game.Kicked;
         * }}
         */
        Kicked.create = function(properties) {
            return new Kicked(properties);
        };

        /**
         * Encodes the specified Kicked message. Does not implicitly {@link game.Kicked.verify|verify} messages.
         * @function encode
         * @memberof game.Kicked
         * @static
         * @param {game.Kicked.$Properties} message Kicked message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Kicked.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Kicked message from the specified reader or buffer.
         * @function decode
         * @memberof game.Kicked
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.Kicked & game.Kicked.$Shape} Kicked
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Kicked.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.Kicked();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a Kicked message.
         * @function verify
         * @memberof game.Kicked
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Kicked.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                if (!$util.isString(message.reason))
                    return "reason: string expected";
            return null;
        };

        /**
         * Creates a Kicked message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.Kicked
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.Kicked} Kicked
         */
        Kicked.fromObject = function (object, _depth) {
            if (object instanceof $root.game.Kicked)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.Kicked: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.Kicked();
            if (object.reason != null)
                if (typeof object.reason !== "string" || object.reason.length)
                    message.reason = $String(object.reason);
            return message;
        };

        /**
         * Creates a plain object from a Kicked message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.Kicked
         * @static
         * @param {game.Kicked} message Kicked
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Kicked.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.reason = "";
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = message.reason;
            return object;
        };

        /**
         * Converts this Kicked to JSON.
         * @function toJSON
         * @memberof game.Kicked
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Kicked.prototype.toJSON = function() {
            return Kicked.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Kicked
         * @function getTypeUrl
         * @memberof game.Kicked
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Kicked.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.Kicked";
        };

        return Kicked;
    })();

    game.ServerShutdown = (function() {

        /**
         * Properties of a ServerShutdown.
         * @typedef {Object} game.ServerShutdown.$Properties
         * @property {number|null} [reconnectAfterMs] ServerShutdown reconnectAfterMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerShutdown.
         * @memberof game
         * @interface IServerShutdown
         * @augments game.ServerShutdown.$Properties
         * @deprecated Use game.ServerShutdown.$Properties instead.
         */

        /**
         * Shape of a ServerShutdown.
         * @typedef {game.ServerShutdown.$Properties} game.ServerShutdown.$Shape
         */

        /**
         * Constructs a new ServerShutdown.
         * @memberof game
         * @classdesc Represents a ServerShutdown.
         * @constructor
         * @param {game.ServerShutdown.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ServerShutdown = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerShutdown reconnectAfterMs.
         * @member {number} reconnectAfterMs
         * @memberof game.ServerShutdown
         * @instance
         */
        ServerShutdown.prototype.reconnectAfterMs = 0;

        /**
         * Creates a new ServerShutdown instance using the specified properties.
         * @function create
         * @memberof game.ServerShutdown
         * @static
         * @param {game.ServerShutdown.$Properties=} [properties] Properties to set
         * @returns {game.ServerShutdown} ServerShutdown instance
         * @type {{
         *   (properties: game.ServerShutdown.$Shape): game.ServerShutdown & game.ServerShutdown.$Shape;
         *   (properties?: game.ServerShutdown.$Properties): game.ServerShutdown;
         * }}
         */
        ServerShutdown.create = function(properties) {
            return new ServerShutdown(properties);
        };

        /**
         * Encodes the specified ServerShutdown message. Does not implicitly {@link game.ServerShutdown.verify|verify} messages.
         * @function encode
         * @memberof game.ServerShutdown
         * @static
         * @param {game.ServerShutdown.$Properties} message ServerShutdown message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerShutdown.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.reconnectAfterMs != null && $Object.hasOwnProperty.call(message, "reconnectAfterMs") && message.reconnectAfterMs !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.reconnectAfterMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ServerShutdown message from the specified reader or buffer.
         * @function decode
         * @memberof game.ServerShutdown
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.ServerShutdown & game.ServerShutdown.$Shape} ServerShutdown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerShutdown.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.ServerShutdown();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.reconnectAfterMs = value;
                        else
                            delete message.reconnectAfterMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a ServerShutdown message.
         * @function verify
         * @memberof game.ServerShutdown
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ServerShutdown.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.reconnectAfterMs != null && $Object.hasOwnProperty.call(message, "reconnectAfterMs"))
                if (!$util.isInteger(message.reconnectAfterMs))
                    return "reconnectAfterMs: integer expected";
            return null;
        };

        /**
         * Creates a ServerShutdown message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.ServerShutdown
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.ServerShutdown} ServerShutdown
         */
        ServerShutdown.fromObject = function (object, _depth) {
            if (object instanceof $root.game.ServerShutdown)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.ServerShutdown: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.ServerShutdown();
            if (object.reconnectAfterMs != null)
                if ($Number(object.reconnectAfterMs) !== 0)
                    message.reconnectAfterMs = object.reconnectAfterMs >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ServerShutdown message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.ServerShutdown
         * @static
         * @param {game.ServerShutdown} message ServerShutdown
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerShutdown.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults)
                object.reconnectAfterMs = 0;
            if (message.reconnectAfterMs != null && $Object.hasOwnProperty.call(message, "reconnectAfterMs"))
                object.reconnectAfterMs = message.reconnectAfterMs;
            return object;
        };

        /**
         * Converts this ServerShutdown to JSON.
         * @function toJSON
         * @memberof game.ServerShutdown
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ServerShutdown.prototype.toJSON = function() {
            return ServerShutdown.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ServerShutdown
         * @function getTypeUrl
         * @memberof game.ServerShutdown
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerShutdown.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.ServerShutdown";
        };

        return ServerShutdown;
    })();

    game.GiftReceived = (function() {

        /**
         * Properties of a GiftReceived.
         * @typedef {Object} game.GiftReceived.$Properties
         * @property {number|null} [from] GiftReceived from
         * @property {string|null} [item] GiftReceived item
         * @property {number|null} [qty] GiftReceived qty
         * @property {game.PlayerState.$Properties|null} [state] GiftReceived state
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GiftReceived.
         * @memberof game
         * @interface IGiftReceived
         * @augments game.GiftReceived.$Properties
         * @deprecated Use game.GiftReceived.$Properties instead.
         */

        /**
         * Shape of a GiftReceived.
         * @typedef {game.GiftReceived.$Properties} game.GiftReceived.$Shape
         */

        /**
         * Constructs a new GiftReceived.
         * @memberof game
         * @classdesc Represents a GiftReceived.
         * @constructor
         * @param {game.GiftReceived.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GiftReceived = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GiftReceived from.
         * @member {number} from
         * @memberof game.GiftReceived
         * @instance
         */
        GiftReceived.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * GiftReceived item.
         * @member {string} item
         * @memberof game.GiftReceived
         * @instance
         */
        GiftReceived.prototype.item = "";

        /**
         * GiftReceived qty.
         * @member {number} qty
         * @memberof game.GiftReceived
         * @instance
         */
        GiftReceived.prototype.qty = 0;

        /**
         * GiftReceived state.
         * @member {game.PlayerState.$Properties|null|undefined} state
         * @memberof game.GiftReceived
         * @instance
         */
        GiftReceived.prototype.state = null;

        /**
         * Creates a new GiftReceived instance using the specified properties.
         * @function create
         * @memberof game.GiftReceived
         * @static
         * @param {game.GiftReceived.$Properties=} [properties] Properties to set
         * @returns {game.GiftReceived} GiftReceived instance
         * @type {{
         *   (properties: game.GiftReceived.$Shape): game.GiftReceived & game.GiftReceived.$Shape;
         *   (properties?: game.GiftReceived.$Properties): game.GiftReceived;
         * }}
         */
        GiftReceived.create = function(properties) {
            return new GiftReceived(properties);
        };

        /**
         * Encodes the specified GiftReceived message. Does not implicitly {@link game.GiftReceived.verify|verify} messages.
         * @function encode
         * @memberof game.GiftReceived
         * @static
         * @param {game.GiftReceived.$Properties} message GiftReceived message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GiftReceived.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.from);
            if (message.item != null && $Object.hasOwnProperty.call(message, "item") && message.item !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.item);
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && message.qty !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.qty);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                $root.game.PlayerState.encode(message.state, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GiftReceived message from the specified reader or buffer.
         * @function decode
         * @memberof game.GiftReceived
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.GiftReceived & game.GiftReceived.$Shape} GiftReceived
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GiftReceived.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.GiftReceived();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.item = value;
                        else
                            delete message.item;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.qty = value;
                        else
                            delete message.qty;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.state = $root.game.PlayerState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a GiftReceived message.
         * @function verify
         * @memberof game.GiftReceived
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GiftReceived.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (!$util.isInteger(message.from) && !(message.from && $util.isInteger(message.from.low) && $util.isInteger(message.from.high)))
                    return "from: integer|Long expected";
            if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                if (!$util.isString(message.item))
                    return "item: string expected";
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                if (!$util.isInteger(message.qty))
                    return "qty: integer expected";
            if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                var error = $root.game.PlayerState.verify(message.state, _depth + 1);
                if (error)
                    return "state." + error;
            }
            return null;
        };

        /**
         * Creates a GiftReceived message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.GiftReceived
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.GiftReceived} GiftReceived
         */
        GiftReceived.fromObject = function (object, _depth) {
            if (object instanceof $root.game.GiftReceived)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.GiftReceived: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.GiftReceived();
            if (object.from != null)
                if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                    if ($util.Long)
                        message.from = $util.Long.fromValue(object.from, true);
                    else if (typeof object.from === "string")
                        message.from = $parseInt(object.from, 10);
                    else if (typeof object.from === "number")
                        message.from = object.from;
                    else if (typeof object.from === "object")
                        message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
            if (object.item != null)
                if (typeof object.item !== "string" || object.item.length)
                    message.item = $String(object.item);
            if (object.qty != null)
                if ($Number(object.qty) !== 0)
                    message.qty = object.qty >>> 0;
            if (object.state != null) {
                if (!$util.isObject(object.state))
                    throw $TypeError(".game.GiftReceived.state: object expected");
                message.state = $root.game.PlayerState.fromObject(object.state, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a GiftReceived message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.GiftReceived
         * @static
         * @param {game.GiftReceived} message GiftReceived
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GiftReceived.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.item = "";
                object.qty = 0;
                object.state = null;
            }
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                else if (typeof message.from === "number")
                    object.from = options.longs === $String ? $String(message.from) : message.from;
                else
                    object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
            if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                object.item = message.item;
            if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                object.qty = message.qty;
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = $root.game.PlayerState.toObject(message.state, options, _depth + 1);
            return object;
        };

        /**
         * Converts this GiftReceived to JSON.
         * @function toJSON
         * @memberof game.GiftReceived
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GiftReceived.prototype.toJSON = function() {
            return GiftReceived.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GiftReceived
         * @function getTypeUrl
         * @memberof game.GiftReceived
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GiftReceived.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.GiftReceived";
        };

        return GiftReceived;
    })();

    game.FriendRequest = (function() {

        /**
         * Properties of a FriendRequest.
         * @typedef {Object} game.FriendRequest.$Properties
         * @property {number|null} [from] FriendRequest from
         * @property {game.PlayerState.$Properties|null} [state] FriendRequest state
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendRequest.
         * @memberof game
         * @interface IFriendRequest
         * @augments game.FriendRequest.$Properties
         * @deprecated Use game.FriendRequest.$Properties instead.
         */

        /**
         * Shape of a FriendRequest.
         * @typedef {game.FriendRequest.$Properties} game.FriendRequest.$Shape
         */

        /**
         * Constructs a new FriendRequest.
         * @memberof game
         * @classdesc Represents a FriendRequest.
         * @constructor
         * @param {game.FriendRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var FriendRequest = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendRequest from.
         * @member {number} from
         * @memberof game.FriendRequest
         * @instance
         */
        FriendRequest.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * FriendRequest state.
         * @member {game.PlayerState.$Properties|null|undefined} state
         * @memberof game.FriendRequest
         * @instance
         */
        FriendRequest.prototype.state = null;

        /**
         * Creates a new FriendRequest instance using the specified properties.
         * @function create
         * @memberof game.FriendRequest
         * @static
         * @param {game.FriendRequest.$Properties=} [properties] Properties to set
         * @returns {game.FriendRequest} FriendRequest instance
         * @type {{
         *   (properties: game.FriendRequest.$Shape): game.FriendRequest & game.FriendRequest.$Shape;
         *   (properties?: game.FriendRequest.$Properties): game.FriendRequest;
         * }}
         */
        FriendRequest.create = function(properties) {
            return new FriendRequest(properties);
        };

        /**
         * Encodes the specified FriendRequest message. Does not implicitly {@link game.FriendRequest.verify|verify} messages.
         * @function encode
         * @memberof game.FriendRequest
         * @static
         * @param {game.FriendRequest.$Properties} message FriendRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.from);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                $root.game.PlayerState.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendRequest message from the specified reader or buffer.
         * @function decode
         * @memberof game.FriendRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.FriendRequest & game.FriendRequest.$Shape} FriendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.FriendRequest();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.state = $root.game.PlayerState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a FriendRequest message.
         * @function verify
         * @memberof game.FriendRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        FriendRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (!$util.isInteger(message.from) && !(message.from && $util.isInteger(message.from.low) && $util.isInteger(message.from.high)))
                    return "from: integer|Long expected";
            if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                var error = $root.game.PlayerState.verify(message.state, _depth + 1);
                if (error)
                    return "state." + error;
            }
            return null;
        };

        /**
         * Creates a FriendRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.FriendRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.FriendRequest} FriendRequest
         */
        FriendRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.game.FriendRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.FriendRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.FriendRequest();
            if (object.from != null)
                if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                    if ($util.Long)
                        message.from = $util.Long.fromValue(object.from, true);
                    else if (typeof object.from === "string")
                        message.from = $parseInt(object.from, 10);
                    else if (typeof object.from === "number")
                        message.from = object.from;
                    else if (typeof object.from === "object")
                        message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
            if (object.state != null) {
                if (!$util.isObject(object.state))
                    throw $TypeError(".game.FriendRequest.state: object expected");
                message.state = $root.game.PlayerState.fromObject(object.state, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a FriendRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.FriendRequest
         * @static
         * @param {game.FriendRequest} message FriendRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FriendRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.state = null;
            }
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                else if (typeof message.from === "number")
                    object.from = options.longs === $String ? $String(message.from) : message.from;
                else
                    object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = $root.game.PlayerState.toObject(message.state, options, _depth + 1);
            return object;
        };

        /**
         * Converts this FriendRequest to JSON.
         * @function toJSON
         * @memberof game.FriendRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FriendRequest.prototype.toJSON = function() {
            return FriendRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for FriendRequest
         * @function getTypeUrl
         * @memberof game.FriendRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FriendRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.FriendRequest";
        };

        return FriendRequest;
    })();

    game.FriendUpdate = (function() {

        /**
         * Properties of a FriendUpdate.
         * @typedef {Object} game.FriendUpdate.$Properties
         * @property {number|null} [from] FriendUpdate from
         * @property {string|null} [change] FriendUpdate change
         * @property {game.PlayerState.$Properties|null} [state] FriendUpdate state
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FriendUpdate.
         * @memberof game
         * @interface IFriendUpdate
         * @augments game.FriendUpdate.$Properties
         * @deprecated Use game.FriendUpdate.$Properties instead.
         */

        /**
         * Shape of a FriendUpdate.
         * @typedef {game.FriendUpdate.$Properties} game.FriendUpdate.$Shape
         */

        /**
         * Constructs a new FriendUpdate.
         * @memberof game
         * @classdesc Represents a FriendUpdate.
         * @constructor
         * @param {game.FriendUpdate.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var FriendUpdate = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FriendUpdate from.
         * @member {number} from
         * @memberof game.FriendUpdate
         * @instance
         */
        FriendUpdate.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * FriendUpdate change.
         * @member {string} change
         * @memberof game.FriendUpdate
         * @instance
         */
        FriendUpdate.prototype.change = "";

        /**
         * FriendUpdate state.
         * @member {game.PlayerState.$Properties|null|undefined} state
         * @memberof game.FriendUpdate
         * @instance
         */
        FriendUpdate.prototype.state = null;

        /**
         * Creates a new FriendUpdate instance using the specified properties.
         * @function create
         * @memberof game.FriendUpdate
         * @static
         * @param {game.FriendUpdate.$Properties=} [properties] Properties to set
         * @returns {game.FriendUpdate} FriendUpdate instance
         * @type {{
         *   (properties: game.FriendUpdate.$Shape): game.FriendUpdate & game.FriendUpdate.$Shape;
         *   (properties?: game.FriendUpdate.$Properties): game.FriendUpdate;
         * }}
         */
        FriendUpdate.create = function(properties) {
            return new FriendUpdate(properties);
        };

        /**
         * Encodes the specified FriendUpdate message. Does not implicitly {@link game.FriendUpdate.verify|verify} messages.
         * @function encode
         * @memberof game.FriendUpdate
         * @static
         * @param {game.FriendUpdate.$Properties} message FriendUpdate message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FriendUpdate.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.from);
            if (message.change != null && $Object.hasOwnProperty.call(message, "change") && message.change !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.change);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                $root.game.PlayerState.encode(message.state, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FriendUpdate message from the specified reader or buffer.
         * @function decode
         * @memberof game.FriendUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.FriendUpdate & game.FriendUpdate.$Shape} FriendUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FriendUpdate.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.FriendUpdate();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.change = value;
                        else
                            delete message.change;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.state = $root.game.PlayerState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a FriendUpdate message.
         * @function verify
         * @memberof game.FriendUpdate
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        FriendUpdate.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (!$util.isInteger(message.from) && !(message.from && $util.isInteger(message.from.low) && $util.isInteger(message.from.high)))
                    return "from: integer|Long expected";
            if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                if (!$util.isString(message.change))
                    return "change: string expected";
            if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                var error = $root.game.PlayerState.verify(message.state, _depth + 1);
                if (error)
                    return "state." + error;
            }
            return null;
        };

        /**
         * Creates a FriendUpdate message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.FriendUpdate
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.FriendUpdate} FriendUpdate
         */
        FriendUpdate.fromObject = function (object, _depth) {
            if (object instanceof $root.game.FriendUpdate)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.FriendUpdate: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.FriendUpdate();
            if (object.from != null)
                if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                    if ($util.Long)
                        message.from = $util.Long.fromValue(object.from, true);
                    else if (typeof object.from === "string")
                        message.from = $parseInt(object.from, 10);
                    else if (typeof object.from === "number")
                        message.from = object.from;
                    else if (typeof object.from === "object")
                        message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
            if (object.change != null)
                if (typeof object.change !== "string" || object.change.length)
                    message.change = $String(object.change);
            if (object.state != null) {
                if (!$util.isObject(object.state))
                    throw $TypeError(".game.FriendUpdate.state: object expected");
                message.state = $root.game.PlayerState.fromObject(object.state, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a FriendUpdate message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.FriendUpdate
         * @static
         * @param {game.FriendUpdate} message FriendUpdate
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FriendUpdate.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.change = "";
                object.state = null;
            }
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                else if (typeof message.from === "number")
                    object.from = options.longs === $String ? $String(message.from) : message.from;
                else
                    object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
            if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                object.change = message.change;
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = $root.game.PlayerState.toObject(message.state, options, _depth + 1);
            return object;
        };

        /**
         * Converts this FriendUpdate to JSON.
         * @function toJSON
         * @memberof game.FriendUpdate
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FriendUpdate.prototype.toJSON = function() {
            return FriendUpdate.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for FriendUpdate
         * @function getTypeUrl
         * @memberof game.FriendUpdate
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FriendUpdate.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.FriendUpdate";
        };

        return FriendUpdate;
    })();

    game.ChatReceived = (function() {

        /**
         * Properties of a ChatReceived.
         * @typedef {Object} game.ChatReceived.$Properties
         * @property {number|null} [from] ChatReceived from
         * @property {string|null} [text] ChatReceived text
         * @property {number|null} [sentAt] ChatReceived sentAt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChatReceived.
         * @memberof game
         * @interface IChatReceived
         * @augments game.ChatReceived.$Properties
         * @deprecated Use game.ChatReceived.$Properties instead.
         */

        /**
         * Shape of a ChatReceived.
         * @typedef {game.ChatReceived.$Properties} game.ChatReceived.$Shape
         */

        /**
         * Constructs a new ChatReceived.
         * @memberof game
         * @classdesc Represents a ChatReceived.
         * @constructor
         * @param {game.ChatReceived.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ChatReceived = function (properties) {
            if (properties)
                for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChatReceived from.
         * @member {number} from
         * @memberof game.ChatReceived
         * @instance
         */
        ChatReceived.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ChatReceived text.
         * @member {string} text
         * @memberof game.ChatReceived
         * @instance
         */
        ChatReceived.prototype.text = "";

        /**
         * ChatReceived sentAt.
         * @member {number} sentAt
         * @memberof game.ChatReceived
         * @instance
         */
        ChatReceived.prototype.sentAt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ChatReceived instance using the specified properties.
         * @function create
         * @memberof game.ChatReceived
         * @static
         * @param {game.ChatReceived.$Properties=} [properties] Properties to set
         * @returns {game.ChatReceived} ChatReceived instance
         * @type {{
         *   (properties: game.ChatReceived.$Shape): game.ChatReceived & game.ChatReceived.$Shape;
         *   (properties?: game.ChatReceived.$Properties): game.ChatReceived;
         * }}
         */
        ChatReceived.create = function(properties) {
            return new ChatReceived(properties);
        };

        /**
         * Encodes the specified ChatReceived message. Does not implicitly {@link game.ChatReceived.verify|verify} messages.
         * @function encode
         * @memberof game.ChatReceived
         * @static
         * @param {game.ChatReceived.$Properties} message ChatReceived message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChatReceived.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.from);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && (typeof message.sentAt === "object" ? message.sentAt.low || message.sentAt.high : message.sentAt !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sentAt);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (var i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ChatReceived message from the specified reader or buffer.
         * @function decode
         * @memberof game.ChatReceived
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {game.ChatReceived & game.ChatReceived.$Shape} ChatReceived
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChatReceived.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.game.ChatReceived();
            while (reader.pos < end) {
                var start = reader.pos;
                var tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                var wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.text = value;
                        else
                            delete message.text;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.sentAt = value;
                        else
                            delete message.sentAt;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Verifies a ChatReceived message.
         * @function verify
         * @memberof game.ChatReceived
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ChatReceived.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (!$util.isInteger(message.from) && !(message.from && $util.isInteger(message.from.low) && $util.isInteger(message.from.high)))
                    return "from: integer|Long expected";
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                if (!$util.isString(message.text))
                    return "text: string expected";
            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                if (!$util.isInteger(message.sentAt) && !(message.sentAt && $util.isInteger(message.sentAt.low) && $util.isInteger(message.sentAt.high)))
                    return "sentAt: integer|Long expected";
            return null;
        };

        /**
         * Creates a ChatReceived message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof game.ChatReceived
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {game.ChatReceived} ChatReceived
         */
        ChatReceived.fromObject = function (object, _depth) {
            if (object instanceof $root.game.ChatReceived)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".game.ChatReceived: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var message = new $root.game.ChatReceived();
            if (object.from != null)
                if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                    if ($util.Long)
                        message.from = $util.Long.fromValue(object.from, true);
                    else if (typeof object.from === "string")
                        message.from = $parseInt(object.from, 10);
                    else if (typeof object.from === "number")
                        message.from = object.from;
                    else if (typeof object.from === "object")
                        message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
            if (object.text != null)
                if (typeof object.text !== "string" || object.text.length)
                    message.text = $String(object.text);
            if (object.sentAt != null)
                if (typeof object.sentAt === "object" ? object.sentAt.low || object.sentAt.high : $Number(object.sentAt) !== 0)
                    if ($util.Long)
                        message.sentAt = $util.Long.fromValue(object.sentAt, true);
                    else if (typeof object.sentAt === "string")
                        message.sentAt = $parseInt(object.sentAt, 10);
                    else if (typeof object.sentAt === "number")
                        message.sentAt = object.sentAt;
                    else if (typeof object.sentAt === "object")
                        message.sentAt = new $util.LongBits(object.sentAt.low >>> 0, object.sentAt.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a ChatReceived message. Also converts values to other types if specified.
         * @function toObject
         * @memberof game.ChatReceived
         * @static
         * @param {game.ChatReceived} message ChatReceived
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ChatReceived.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var object = {};
            if (options.defaults) {
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.text = "";
                if ($util.Long) {
                    var long = new $util.Long(0, 0, true);
                    object.sentAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.sentAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                else if (typeof message.from === "number")
                    object.from = options.longs === $String ? $String(message.from) : message.from;
                else
                    object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
            if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                object.text = message.text;
            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.sentAt = typeof message.sentAt === "number" ? $BigInt(message.sentAt) : $util.Long.fromBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0, true).toBigInt();
                else if (typeof message.sentAt === "number")
                    object.sentAt = options.longs === $String ? $String(message.sentAt) : message.sentAt;
                else
                    object.sentAt = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAt) : options.longs === $Number ? new $util.LongBits(message.sentAt.low >>> 0, message.sentAt.high >>> 0).toNumber(true) : message.sentAt;
            return object;
        };

        /**
         * Converts this ChatReceived to JSON.
         * @function toJSON
         * @memberof game.ChatReceived
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ChatReceived.prototype.toJSON = function() {
            return ChatReceived.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ChatReceived
         * @function getTypeUrl
         * @memberof game.ChatReceived
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ChatReceived.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/game.ChatReceived";
        };

        return ChatReceived;
    })();

    return game;
})();

module.exports = $root;
