import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace game. */
export namespace game {

    /**
     * Properties of an Envelope.
     * @deprecated Use game.Envelope.$Properties instead.
     */
    interface IEnvelope extends game.Envelope.$Properties {
    }

    /** Represents an Envelope. */
    class Envelope {

        /**
         * Constructs a new Envelope.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Envelope.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Envelope seq. */
        seq: number;

        /** Envelope login. */
        login?: (game.Login.$Properties|null);

        /** Envelope loginOk. */
        loginOk?: (game.LoginOk.$Properties|null);

        /** Envelope ping. */
        ping?: (game.Ping.$Properties|null);

        /** Envelope pong. */
        pong?: (game.Pong.$Properties|null);

        /** Envelope error. */
        error?: (game.Error.$Properties|null);

        /** Envelope logout. */
        logout?: (game.Logout.$Properties|null);

        /** Envelope ok. */
        ok?: (game.Ok.$Properties|null);

        /** Envelope getState. */
        getState?: (game.GetState.$Properties|null);

        /** Envelope state. */
        state?: (game.PlayerState.$Properties|null);

        /** Envelope plant. */
        plant?: (game.Plant.$Properties|null);

        /** Envelope harvest. */
        harvest?: (game.Harvest.$Properties|null);

        /** Envelope sell. */
        sell?: (game.Sell.$Properties|null);

        /** Envelope addFriend. */
        addFriend?: (game.AddFriend.$Properties|null);

        /** Envelope removeFriend. */
        removeFriend?: (game.RemoveFriend.$Properties|null);

        /** Envelope visitFriend. */
        visitFriend?: (game.VisitFriend.$Properties|null);

        /** Envelope friendFarm. */
        friendFarm?: (game.FriendFarm.$Properties|null);

        /** Envelope sendGift. */
        sendGift?: (game.SendGift.$Properties|null);

        /** Envelope chat. */
        chat?: (game.Chat.$Properties|null);

        /** Envelope top. */
        top?: (game.Top.$Properties|null);

        /** Envelope topResult. */
        topResult?: (game.TopResult.$Properties|null);

        /** Envelope acceptFriend. */
        acceptFriend?: (game.AcceptFriend.$Properties|null);

        /** Envelope declineFriend. */
        declineFriend?: (game.DeclineFriend.$Properties|null);

        /** Envelope block. */
        block?: (game.Block.$Properties|null);

        /** Envelope unblock. */
        unblock?: (game.Unblock.$Properties|null);

        /** Envelope getPresence. */
        getPresence?: (game.GetPresence.$Properties|null);

        /** Envelope presence. */
        presence?: (game.Presence.$Properties|null);

        /** Envelope kicked. */
        kicked?: (game.Kicked.$Properties|null);

        /** Envelope serverShutdown. */
        serverShutdown?: (game.ServerShutdown.$Properties|null);

        /** Envelope giftReceived. */
        giftReceived?: (game.GiftReceived.$Properties|null);

        /** Envelope chatReceived. */
        chatReceived?: (game.ChatReceived.$Properties|null);

        /** Envelope friendRequest. */
        friendRequest?: (game.FriendRequest.$Properties|null);

        /** Envelope friendUpdate. */
        friendUpdate?: (game.FriendUpdate.$Properties|null);

        /** Envelope stateChange. */
        stateChange?: (game.StateChange.$Properties|null);

        /** Envelope body. */
        body?: ("login"|"loginOk"|"ping"|"pong"|"error"|"logout"|"ok"|"getState"|"state"|"plant"|"harvest"|"sell"|"addFriend"|"removeFriend"|"visitFriend"|"friendFarm"|"sendGift"|"chat"|"top"|"topResult"|"acceptFriend"|"declineFriend"|"block"|"unblock"|"getPresence"|"presence"|"kicked"|"serverShutdown"|"giftReceived"|"chatReceived"|"friendRequest"|"friendUpdate"|"stateChange");

        /**
         * Creates a new Envelope instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Envelope instance
         */
        static create(properties: game.Envelope.$Shape): game.Envelope & game.Envelope.$Shape;
        static create(properties?: game.Envelope.$Properties): game.Envelope;

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link game.Envelope.verify|verify} messages.
         * @param message Envelope message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Envelope & game.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Envelope & game.Envelope.$Shape;

        /**
         * Verifies an Envelope message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Envelope
         */
        static fromObject(object: { [k: string]: any }): game.Envelope;

        /**
         * Creates a plain object from an Envelope message. Also converts values to other types if specified.
         * @param message Envelope
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Envelope to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Envelope
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Envelope {

        /** Properties of an Envelope. */
        interface $Properties {

            /** Envelope seq */
            seq?: (number|null);

            /** Envelope login */
            login?: (game.Login.$Properties|null);

            /** Envelope loginOk */
            loginOk?: (game.LoginOk.$Properties|null);

            /** Envelope ping */
            ping?: (game.Ping.$Properties|null);

            /** Envelope pong */
            pong?: (game.Pong.$Properties|null);

            /** Envelope error */
            error?: (game.Error.$Properties|null);

            /** Envelope logout */
            logout?: (game.Logout.$Properties|null);

            /** Envelope ok */
            ok?: (game.Ok.$Properties|null);

            /** Envelope getState */
            getState?: (game.GetState.$Properties|null);

            /** Envelope state */
            state?: (game.PlayerState.$Properties|null);

            /** Envelope plant */
            plant?: (game.Plant.$Properties|null);

            /** Envelope harvest */
            harvest?: (game.Harvest.$Properties|null);

            /** Envelope sell */
            sell?: (game.Sell.$Properties|null);

            /** Envelope addFriend */
            addFriend?: (game.AddFriend.$Properties|null);

            /** Envelope removeFriend */
            removeFriend?: (game.RemoveFriend.$Properties|null);

            /** Envelope visitFriend */
            visitFriend?: (game.VisitFriend.$Properties|null);

            /** Envelope friendFarm */
            friendFarm?: (game.FriendFarm.$Properties|null);

            /** Envelope sendGift */
            sendGift?: (game.SendGift.$Properties|null);

            /** Envelope chat */
            chat?: (game.Chat.$Properties|null);

            /** Envelope top */
            top?: (game.Top.$Properties|null);

            /** Envelope topResult */
            topResult?: (game.TopResult.$Properties|null);

            /** Envelope acceptFriend */
            acceptFriend?: (game.AcceptFriend.$Properties|null);

            /** Envelope declineFriend */
            declineFriend?: (game.DeclineFriend.$Properties|null);

            /** Envelope block */
            block?: (game.Block.$Properties|null);

            /** Envelope unblock */
            unblock?: (game.Unblock.$Properties|null);

            /** Envelope getPresence */
            getPresence?: (game.GetPresence.$Properties|null);

            /** Envelope presence */
            presence?: (game.Presence.$Properties|null);

            /** Envelope kicked */
            kicked?: (game.Kicked.$Properties|null);

            /** Envelope serverShutdown */
            serverShutdown?: (game.ServerShutdown.$Properties|null);

            /** Envelope giftReceived */
            giftReceived?: (game.GiftReceived.$Properties|null);

            /** Envelope chatReceived */
            chatReceived?: (game.ChatReceived.$Properties|null);

            /** Envelope friendRequest */
            friendRequest?: (game.FriendRequest.$Properties|null);

            /** Envelope friendUpdate */
            friendUpdate?: (game.FriendUpdate.$Properties|null);

            /** Envelope stateChange */
            stateChange?: (game.StateChange.$Properties|null);

            /** Envelope body */
            body?: ("login"|"loginOk"|"ping"|"pong"|"error"|"logout"|"ok"|"getState"|"state"|"plant"|"harvest"|"sell"|"addFriend"|"removeFriend"|"visitFriend"|"friendFarm"|"sendGift"|"chat"|"top"|"topResult"|"acceptFriend"|"declineFriend"|"block"|"unblock"|"getPresence"|"presence"|"kicked"|"serverShutdown"|"giftReceived"|"chatReceived"|"friendRequest"|"friendUpdate"|"stateChange");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Envelope. */
        type $Shape = {
          seq?: number|null;
          login?: game.Login.$Shape|null;
          loginOk?: game.LoginOk.$Shape|null;
          ping?: game.Ping.$Shape|null;
          pong?: game.Pong.$Shape|null;
          error?: game.Error.$Shape|null;
          logout?: game.Logout.$Shape|null;
          ok?: game.Ok.$Shape|null;
          getState?: game.GetState.$Shape|null;
          state?: game.PlayerState.$Shape|null;
          plant?: game.Plant.$Shape|null;
          harvest?: game.Harvest.$Shape|null;
          sell?: game.Sell.$Shape|null;
          addFriend?: game.AddFriend.$Shape|null;
          removeFriend?: game.RemoveFriend.$Shape|null;
          visitFriend?: game.VisitFriend.$Shape|null;
          friendFarm?: game.FriendFarm.$Shape|null;
          sendGift?: game.SendGift.$Shape|null;
          chat?: game.Chat.$Shape|null;
          top?: game.Top.$Shape|null;
          topResult?: game.TopResult.$Shape|null;
          acceptFriend?: game.AcceptFriend.$Shape|null;
          declineFriend?: game.DeclineFriend.$Shape|null;
          block?: game.Block.$Shape|null;
          unblock?: game.Unblock.$Shape|null;
          getPresence?: game.GetPresence.$Shape|null;
          presence?: game.Presence.$Shape|null;
          kicked?: game.Kicked.$Shape|null;
          serverShutdown?: game.ServerShutdown.$Shape|null;
          giftReceived?: game.GiftReceived.$Shape|null;
          chatReceived?: game.ChatReceived.$Shape|null;
          friendRequest?: game.FriendRequest.$Shape|null;
          friendUpdate?: game.FriendUpdate.$Shape|null;
          stateChange?: game.StateChange.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "login"; login: game.Login.$Shape; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "loginOk"; login?: null; loginOk: game.LoginOk.$Shape; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "ping"; login?: null; loginOk?: null; ping: game.Ping.$Shape; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "pong"; login?: null; loginOk?: null; ping?: null; pong: game.Pong.$Shape; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "error"; login?: null; loginOk?: null; ping?: null; pong?: null; error: game.Error.$Shape; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "logout"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout: game.Logout.$Shape; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "ok"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok: game.Ok.$Shape; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "getState"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState: game.GetState.$Shape; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "state"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state: game.PlayerState.$Shape; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "plant"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant: game.Plant.$Shape; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "harvest"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest: game.Harvest.$Shape; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "sell"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell: game.Sell.$Shape; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "addFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend: game.AddFriend.$Shape; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "removeFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend: game.RemoveFriend.$Shape; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "visitFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend: game.VisitFriend.$Shape; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "friendFarm"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm: game.FriendFarm.$Shape; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "sendGift"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift: game.SendGift.$Shape; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "chat"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat: game.Chat.$Shape; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "top"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top: game.Top.$Shape; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "topResult"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult: game.TopResult.$Shape; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "acceptFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend: game.AcceptFriend.$Shape; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "declineFriend"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend: game.DeclineFriend.$Shape; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "block"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block: game.Block.$Shape; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "unblock"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock: game.Unblock.$Shape; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "getPresence"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence: game.GetPresence.$Shape; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "presence"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence: game.Presence.$Shape; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "kicked"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked: game.Kicked.$Shape; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "serverShutdown"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown: game.ServerShutdown.$Shape; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "giftReceived"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived: game.GiftReceived.$Shape; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "chatReceived"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived: game.ChatReceived.$Shape; friendRequest?: null; friendUpdate?: null; stateChange?: null }|{ body?: "friendRequest"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest: game.FriendRequest.$Shape; friendUpdate?: null; stateChange?: null }|{ body?: "friendUpdate"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate: game.FriendUpdate.$Shape; stateChange?: null }|{ body?: "stateChange"; login?: null; loginOk?: null; ping?: null; pong?: null; error?: null; logout?: null; ok?: null; getState?: null; state?: null; plant?: null; harvest?: null; sell?: null; addFriend?: null; removeFriend?: null; visitFriend?: null; friendFarm?: null; sendGift?: null; chat?: null; top?: null; topResult?: null; acceptFriend?: null; declineFriend?: null; block?: null; unblock?: null; getPresence?: null; presence?: null; kicked?: null; serverShutdown?: null; giftReceived?: null; chatReceived?: null; friendRequest?: null; friendUpdate?: null; stateChange: game.StateChange.$Shape })
        );
    }

    /**
     * Properties of a Login.
     * @deprecated Use game.Login.$Properties instead.
     */
    interface ILogin extends game.Login.$Properties {
    }

    /** Represents a Login. */
    class Login {

        /**
         * Constructs a new Login.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Login.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Login token. */
        token: string;

        /** Login clientVersion. */
        clientVersion: string;

        /** Login stateChanges. */
        stateChanges: boolean;

        /**
         * Creates a new Login instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Login instance
         */
        static create(properties: game.Login.$Shape): game.Login & game.Login.$Shape;
        static create(properties?: game.Login.$Properties): game.Login;

        /**
         * Encodes the specified Login message. Does not implicitly {@link game.Login.verify|verify} messages.
         * @param message Login message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Login message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Login & game.Login.$Shape} Login
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Login & game.Login.$Shape;

        /**
         * Verifies a Login message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Login message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Login
         */
        static fromObject(object: { [k: string]: any }): game.Login;

        /**
         * Creates a plain object from a Login message. Also converts values to other types if specified.
         * @param message Login
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Login, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Login to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Login
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Login {

        /** Properties of a Login. */
        interface $Properties {

            /** Login token */
            token?: (string|null);

            /** Login clientVersion */
            clientVersion?: (string|null);

            /** Login stateChanges */
            stateChanges?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Login. */
        type $Shape = game.Login.$Properties;
    }

    /**
     * Properties of a LoginOk.
     * @deprecated Use game.LoginOk.$Properties instead.
     */
    interface ILoginOk extends game.LoginOk.$Properties {
    }

    /** Represents a LoginOk. */
    class LoginOk {

        /**
         * Constructs a new LoginOk.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.LoginOk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LoginOk playerId. */
        playerId: number;

        /** LoginOk state. */
        state?: (game.PlayerState.$Properties|null);

        /** LoginOk idleTimeoutMs. */
        idleTimeoutMs: number;

        /**
         * Creates a new LoginOk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LoginOk instance
         */
        static create(properties: game.LoginOk.$Shape): game.LoginOk & game.LoginOk.$Shape;
        static create(properties?: game.LoginOk.$Properties): game.LoginOk;

        /**
         * Encodes the specified LoginOk message. Does not implicitly {@link game.LoginOk.verify|verify} messages.
         * @param message LoginOk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.LoginOk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LoginOk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.LoginOk & game.LoginOk.$Shape} LoginOk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.LoginOk & game.LoginOk.$Shape;

        /**
         * Verifies a LoginOk message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LoginOk message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LoginOk
         */
        static fromObject(object: { [k: string]: any }): game.LoginOk;

        /**
         * Creates a plain object from a LoginOk message. Also converts values to other types if specified.
         * @param message LoginOk
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.LoginOk, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LoginOk to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LoginOk
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LoginOk {

        /** Properties of a LoginOk. */
        interface $Properties {

            /** LoginOk playerId */
            playerId?: (number|null);

            /** LoginOk state */
            state?: (game.PlayerState.$Properties|null);

            /** LoginOk idleTimeoutMs */
            idleTimeoutMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LoginOk. */
        type $Shape = game.LoginOk.$Properties;
    }

    /**
     * Properties of a Ping.
     * @deprecated Use game.Ping.$Properties instead.
     */
    interface IPing extends game.Ping.$Properties {
    }

    /** Represents a Ping. */
    class Ping {

        /**
         * Constructs a new Ping.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Ping.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Ping clientTime. */
        clientTime: number;

        /**
         * Creates a new Ping instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Ping instance
         */
        static create(properties: game.Ping.$Shape): game.Ping & game.Ping.$Shape;
        static create(properties?: game.Ping.$Properties): game.Ping;

        /**
         * Encodes the specified Ping message. Does not implicitly {@link game.Ping.verify|verify} messages.
         * @param message Ping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Ping & game.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Ping & game.Ping.$Shape;

        /**
         * Verifies a Ping message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Ping message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Ping
         */
        static fromObject(object: { [k: string]: any }): game.Ping;

        /**
         * Creates a plain object from a Ping message. Also converts values to other types if specified.
         * @param message Ping
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Ping to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Ping
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Ping {

        /** Properties of a Ping. */
        interface $Properties {

            /** Ping clientTime */
            clientTime?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Ping. */
        type $Shape = game.Ping.$Properties;
    }

    /**
     * Properties of a Pong.
     * @deprecated Use game.Pong.$Properties instead.
     */
    interface IPong extends game.Pong.$Properties {
    }

    /** Represents a Pong. */
    class Pong {

        /**
         * Constructs a new Pong.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Pong.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Pong clientTime. */
        clientTime: number;

        /** Pong serverTime. */
        serverTime: number;

        /**
         * Creates a new Pong instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Pong instance
         */
        static create(properties: game.Pong.$Shape): game.Pong & game.Pong.$Shape;
        static create(properties?: game.Pong.$Properties): game.Pong;

        /**
         * Encodes the specified Pong message. Does not implicitly {@link game.Pong.verify|verify} messages.
         * @param message Pong message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Pong message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Pong & game.Pong.$Shape} Pong
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Pong & game.Pong.$Shape;

        /**
         * Verifies a Pong message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Pong message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Pong
         */
        static fromObject(object: { [k: string]: any }): game.Pong;

        /**
         * Creates a plain object from a Pong message. Also converts values to other types if specified.
         * @param message Pong
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Pong to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Pong
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Pong {

        /** Properties of a Pong. */
        interface $Properties {

            /** Pong clientTime */
            clientTime?: (number|null);

            /** Pong serverTime */
            serverTime?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Pong. */
        type $Shape = game.Pong.$Properties;
    }

    /**
     * Properties of an Error.
     * @deprecated Use game.Error.$Properties instead.
     */
    interface IError extends game.Error.$Properties {
    }

    /** Represents an Error. */
    class Error {

        /**
         * Constructs a new Error.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Error.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Error code. */
        code: string;

        /** Error message. */
        message: string;

        /** Error retryable. */
        retryable: boolean;

        /**
         * Creates a new Error instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Error instance
         */
        static create(properties: game.Error.$Shape): game.Error & game.Error.$Shape;
        static create(properties?: game.Error.$Properties): game.Error;

        /**
         * Encodes the specified Error message. Does not implicitly {@link game.Error.verify|verify} messages.
         * @param message Error message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Error message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Error & game.Error.$Shape} Error
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Error & game.Error.$Shape;

        /**
         * Verifies an Error message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Error message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Error
         */
        static fromObject(object: { [k: string]: any }): game.Error;

        /**
         * Creates a plain object from an Error message. Also converts values to other types if specified.
         * @param message Error
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Error to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Error
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Error {

        /** Properties of an Error. */
        interface $Properties {

            /** Error code */
            code?: (string|null);

            /** Error message */
            message?: (string|null);

            /** Error retryable */
            retryable?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Error. */
        type $Shape = game.Error.$Properties;
    }

    /**
     * Properties of a Logout.
     * @deprecated Use game.Logout.$Properties instead.
     */
    interface ILogout extends game.Logout.$Properties {
    }

    /** Represents a Logout. */
    class Logout {

        /**
         * Constructs a new Logout.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Logout.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Logout instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Logout instance
         */
        static create(properties: game.Logout.$Shape): game.Logout & game.Logout.$Shape;
        static create(properties?: game.Logout.$Properties): game.Logout;

        /**
         * Encodes the specified Logout message. Does not implicitly {@link game.Logout.verify|verify} messages.
         * @param message Logout message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Logout message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Logout & game.Logout.$Shape} Logout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Logout & game.Logout.$Shape;

        /**
         * Verifies a Logout message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Logout message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Logout
         */
        static fromObject(object: { [k: string]: any }): game.Logout;

        /**
         * Creates a plain object from a Logout message. Also converts values to other types if specified.
         * @param message Logout
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Logout, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Logout to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Logout
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Logout {

        /** Properties of a Logout. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Logout. */
        type $Shape = game.Logout.$Properties;
    }

    /**
     * Properties of an Ok.
     * @deprecated Use game.Ok.$Properties instead.
     */
    interface IOk extends game.Ok.$Properties {
    }

    /** Represents an Ok. */
    class Ok {

        /**
         * Constructs a new Ok.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Ok.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Ok instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Ok instance
         */
        static create(properties: game.Ok.$Shape): game.Ok & game.Ok.$Shape;
        static create(properties?: game.Ok.$Properties): game.Ok;

        /**
         * Encodes the specified Ok message. Does not implicitly {@link game.Ok.verify|verify} messages.
         * @param message Ok message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Ok message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Ok & game.Ok.$Shape} Ok
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Ok & game.Ok.$Shape;

        /**
         * Verifies an Ok message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Ok message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Ok
         */
        static fromObject(object: { [k: string]: any }): game.Ok;

        /**
         * Creates a plain object from an Ok message. Also converts values to other types if specified.
         * @param message Ok
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Ok, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Ok to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Ok
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Ok {

        /** Properties of an Ok. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Ok. */
        type $Shape = game.Ok.$Properties;
    }

    /**
     * Properties of a GetState.
     * @deprecated Use game.GetState.$Properties instead.
     */
    interface IGetState extends game.GetState.$Properties {
    }

    /** Represents a GetState. */
    class GetState {

        /**
         * Constructs a new GetState.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.GetState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new GetState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetState instance
         */
        static create(properties: game.GetState.$Shape): game.GetState & game.GetState.$Shape;
        static create(properties?: game.GetState.$Properties): game.GetState;

        /**
         * Encodes the specified GetState message. Does not implicitly {@link game.GetState.verify|verify} messages.
         * @param message GetState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.GetState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.GetState & game.GetState.$Shape} GetState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.GetState & game.GetState.$Shape;

        /**
         * Verifies a GetState message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a GetState message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetState
         */
        static fromObject(object: { [k: string]: any }): game.GetState;

        /**
         * Creates a plain object from a GetState message. Also converts values to other types if specified.
         * @param message GetState
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.GetState, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetState to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for GetState
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetState {

        /** Properties of a GetState. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetState. */
        type $Shape = game.GetState.$Properties;
    }

    /**
     * Properties of a Plot.
     * @deprecated Use game.Plot.$Properties instead.
     */
    interface IPlot extends game.Plot.$Properties {
    }

    /** Represents a Plot. */
    class Plot {

        /**
         * Constructs a new Plot.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Plot.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Plot index. */
        index: number;

        /** Plot crop. */
        crop: string;

        /** Plot plantedAt. */
        plantedAt: number;

        /** Plot readyAt. */
        readyAt: number;

        /**
         * Creates a new Plot instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Plot instance
         */
        static create(properties: game.Plot.$Shape): game.Plot & game.Plot.$Shape;
        static create(properties?: game.Plot.$Properties): game.Plot;

        /**
         * Encodes the specified Plot message. Does not implicitly {@link game.Plot.verify|verify} messages.
         * @param message Plot message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Plot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Plot message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Plot & game.Plot.$Shape} Plot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Plot & game.Plot.$Shape;

        /**
         * Verifies a Plot message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Plot message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Plot
         */
        static fromObject(object: { [k: string]: any }): game.Plot;

        /**
         * Creates a plain object from a Plot message. Also converts values to other types if specified.
         * @param message Plot
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Plot, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Plot to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Plot
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Plot {

        /** Properties of a Plot. */
        interface $Properties {

            /** Plot index */
            index?: (number|null);

            /** Plot crop */
            crop?: (string|null);

            /** Plot plantedAt */
            plantedAt?: (number|null);

            /** Plot readyAt */
            readyAt?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Plot. */
        type $Shape = game.Plot.$Properties;
    }

    /**
     * Properties of an Item.
     * @deprecated Use game.Item.$Properties instead.
     */
    interface IItem extends game.Item.$Properties {
    }

    /** Represents an Item. */
    class Item {

        /**
         * Constructs a new Item.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Item.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Item item. */
        item: string;

        /** Item qty. */
        qty: number;

        /**
         * Creates a new Item instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Item instance
         */
        static create(properties: game.Item.$Shape): game.Item & game.Item.$Shape;
        static create(properties?: game.Item.$Properties): game.Item;

        /**
         * Encodes the specified Item message. Does not implicitly {@link game.Item.verify|verify} messages.
         * @param message Item message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Item.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Item message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Item & game.Item.$Shape} Item
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Item & game.Item.$Shape;

        /**
         * Verifies an Item message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Item message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Item
         */
        static fromObject(object: { [k: string]: any }): game.Item;

        /**
         * Creates a plain object from an Item message. Also converts values to other types if specified.
         * @param message Item
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Item, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Item to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Item
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Item {

        /** Properties of an Item. */
        interface $Properties {

            /** Item item */
            item?: (string|null);

            /** Item qty */
            qty?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Item. */
        type $Shape = game.Item.$Properties;
    }

    /**
     * Properties of a PlayerState.
     * @deprecated Use game.PlayerState.$Properties instead.
     */
    interface IPlayerState extends game.PlayerState.$Properties {
    }

    /** Represents a PlayerState. */
    class PlayerState {

        /**
         * Constructs a new PlayerState.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.PlayerState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PlayerState id. */
        id: number;

        /** PlayerState name. */
        name: string;

        /** PlayerState coins. */
        coins: number;

        /** PlayerState xp. */
        xp: number;

        /** PlayerState level. */
        level: number;

        /** PlayerState plots. */
        plots: game.Plot.$Properties[];

        /** PlayerState inventory. */
        inventory: game.Item.$Properties[];

        /** PlayerState friends. */
        friends: number[];

        /** PlayerState version. */
        version: number;

        /** PlayerState plotCount. */
        plotCount: number;

        /** PlayerState incomingRequests. */
        incomingRequests: number[];

        /** PlayerState outgoingRequests. */
        outgoingRequests: number[];

        /** PlayerState blocked. */
        blocked: number[];

        /**
         * Creates a new PlayerState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PlayerState instance
         */
        static create(properties: game.PlayerState.$Shape): game.PlayerState & game.PlayerState.$Shape;
        static create(properties?: game.PlayerState.$Properties): game.PlayerState;

        /**
         * Encodes the specified PlayerState message. Does not implicitly {@link game.PlayerState.verify|verify} messages.
         * @param message PlayerState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.PlayerState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PlayerState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.PlayerState & game.PlayerState.$Shape} PlayerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.PlayerState & game.PlayerState.$Shape;

        /**
         * Verifies a PlayerState message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a PlayerState message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PlayerState
         */
        static fromObject(object: { [k: string]: any }): game.PlayerState;

        /**
         * Creates a plain object from a PlayerState message. Also converts values to other types if specified.
         * @param message PlayerState
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.PlayerState, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PlayerState to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PlayerState
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlayerState {

        /** Properties of a PlayerState. */
        interface $Properties {

            /** PlayerState id */
            id?: (number|null);

            /** PlayerState name */
            name?: (string|null);

            /** PlayerState coins */
            coins?: (number|null);

            /** PlayerState xp */
            xp?: (number|null);

            /** PlayerState level */
            level?: (number|null);

            /** PlayerState plots */
            plots?: (game.Plot.$Properties[]|null);

            /** PlayerState inventory */
            inventory?: (game.Item.$Properties[]|null);

            /** PlayerState friends */
            friends?: (number[]|null);

            /** PlayerState version */
            version?: (number|null);

            /** PlayerState plotCount */
            plotCount?: (number|null);

            /** PlayerState incomingRequests */
            incomingRequests?: (number[]|null);

            /** PlayerState outgoingRequests */
            outgoingRequests?: (number[]|null);

            /** PlayerState blocked */
            blocked?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PlayerState. */
        type $Shape = game.PlayerState.$Properties;
    }

    /**
     * Properties of a StateChange.
     * @deprecated Use game.StateChange.$Properties instead.
     */
    interface IStateChange extends game.StateChange.$Properties {
    }

    /** Represents a StateChange. */
    class StateChange {

        /**
         * Constructs a new StateChange.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.StateChange.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StateChange version. */
        version: number;

        /** StateChange coins. */
        coins: number;

        /** StateChange xp. */
        xp: number;

        /** StateChange level. */
        level: number;

        /** StateChange plots. */
        plots: game.Plot.$Properties[];

        /** StateChange freedPlots. */
        freedPlots: number[];

        /** StateChange inventory. */
        inventory: game.Item.$Properties[];

        /**
         * Creates a new StateChange instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StateChange instance
         */
        static create(properties: game.StateChange.$Shape): game.StateChange & game.StateChange.$Shape;
        static create(properties?: game.StateChange.$Properties): game.StateChange;

        /**
         * Encodes the specified StateChange message. Does not implicitly {@link game.StateChange.verify|verify} messages.
         * @param message StateChange message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.StateChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StateChange message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.StateChange & game.StateChange.$Shape} StateChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.StateChange & game.StateChange.$Shape;

        /**
         * Verifies a StateChange message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a StateChange message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StateChange
         */
        static fromObject(object: { [k: string]: any }): game.StateChange;

        /**
         * Creates a plain object from a StateChange message. Also converts values to other types if specified.
         * @param message StateChange
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.StateChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StateChange to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StateChange
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StateChange {

        /** Properties of a StateChange. */
        interface $Properties {

            /** StateChange version */
            version?: (number|null);

            /** StateChange coins */
            coins?: (number|null);

            /** StateChange xp */
            xp?: (number|null);

            /** StateChange level */
            level?: (number|null);

            /** StateChange plots */
            plots?: (game.Plot.$Properties[]|null);

            /** StateChange freedPlots */
            freedPlots?: (number[]|null);

            /** StateChange inventory */
            inventory?: (game.Item.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StateChange. */
        type $Shape = game.StateChange.$Properties;
    }

    /**
     * Properties of a Plant.
     * @deprecated Use game.Plant.$Properties instead.
     */
    interface IPlant extends game.Plant.$Properties {
    }

    /** Represents a Plant. */
    class Plant {

        /**
         * Constructs a new Plant.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Plant.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Plant plot. */
        plot: number;

        /** Plant crop. */
        crop: string;

        /**
         * Creates a new Plant instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Plant instance
         */
        static create(properties: game.Plant.$Shape): game.Plant & game.Plant.$Shape;
        static create(properties?: game.Plant.$Properties): game.Plant;

        /**
         * Encodes the specified Plant message. Does not implicitly {@link game.Plant.verify|verify} messages.
         * @param message Plant message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Plant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Plant message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Plant & game.Plant.$Shape} Plant
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Plant & game.Plant.$Shape;

        /**
         * Verifies a Plant message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Plant message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Plant
         */
        static fromObject(object: { [k: string]: any }): game.Plant;

        /**
         * Creates a plain object from a Plant message. Also converts values to other types if specified.
         * @param message Plant
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Plant, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Plant to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Plant
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Plant {

        /** Properties of a Plant. */
        interface $Properties {

            /** Plant plot */
            plot?: (number|null);

            /** Plant crop */
            crop?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Plant. */
        type $Shape = game.Plant.$Properties;
    }

    /**
     * Properties of a Harvest.
     * @deprecated Use game.Harvest.$Properties instead.
     */
    interface IHarvest extends game.Harvest.$Properties {
    }

    /** Represents a Harvest. */
    class Harvest {

        /**
         * Constructs a new Harvest.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Harvest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Harvest plot. */
        plot: number;

        /**
         * Creates a new Harvest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Harvest instance
         */
        static create(properties: game.Harvest.$Shape): game.Harvest & game.Harvest.$Shape;
        static create(properties?: game.Harvest.$Properties): game.Harvest;

        /**
         * Encodes the specified Harvest message. Does not implicitly {@link game.Harvest.verify|verify} messages.
         * @param message Harvest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Harvest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Harvest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Harvest & game.Harvest.$Shape} Harvest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Harvest & game.Harvest.$Shape;

        /**
         * Verifies a Harvest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Harvest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Harvest
         */
        static fromObject(object: { [k: string]: any }): game.Harvest;

        /**
         * Creates a plain object from a Harvest message. Also converts values to other types if specified.
         * @param message Harvest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Harvest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Harvest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Harvest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Harvest {

        /** Properties of a Harvest. */
        interface $Properties {

            /** Harvest plot */
            plot?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Harvest. */
        type $Shape = game.Harvest.$Properties;
    }

    /**
     * Properties of a Sell.
     * @deprecated Use game.Sell.$Properties instead.
     */
    interface ISell extends game.Sell.$Properties {
    }

    /** Represents a Sell. */
    class Sell {

        /**
         * Constructs a new Sell.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Sell.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Sell item. */
        item: string;

        /** Sell qty. */
        qty: number;

        /**
         * Creates a new Sell instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Sell instance
         */
        static create(properties: game.Sell.$Shape): game.Sell & game.Sell.$Shape;
        static create(properties?: game.Sell.$Properties): game.Sell;

        /**
         * Encodes the specified Sell message. Does not implicitly {@link game.Sell.verify|verify} messages.
         * @param message Sell message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Sell.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Sell message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Sell & game.Sell.$Shape} Sell
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Sell & game.Sell.$Shape;

        /**
         * Verifies a Sell message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Sell message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Sell
         */
        static fromObject(object: { [k: string]: any }): game.Sell;

        /**
         * Creates a plain object from a Sell message. Also converts values to other types if specified.
         * @param message Sell
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Sell, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Sell to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Sell
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Sell {

        /** Properties of a Sell. */
        interface $Properties {

            /** Sell item */
            item?: (string|null);

            /** Sell qty */
            qty?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Sell. */
        type $Shape = game.Sell.$Properties;
    }

    /**
     * Properties of an AddFriend.
     * @deprecated Use game.AddFriend.$Properties instead.
     */
    interface IAddFriend extends game.AddFriend.$Properties {
    }

    /** Represents an AddFriend. */
    class AddFriend {

        /**
         * Constructs a new AddFriend.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.AddFriend.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AddFriend playerId. */
        playerId: number;

        /**
         * Creates a new AddFriend instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddFriend instance
         */
        static create(properties: game.AddFriend.$Shape): game.AddFriend & game.AddFriend.$Shape;
        static create(properties?: game.AddFriend.$Properties): game.AddFriend;

        /**
         * Encodes the specified AddFriend message. Does not implicitly {@link game.AddFriend.verify|verify} messages.
         * @param message AddFriend message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.AddFriend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddFriend message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.AddFriend & game.AddFriend.$Shape} AddFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.AddFriend & game.AddFriend.$Shape;

        /**
         * Verifies an AddFriend message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AddFriend message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AddFriend
         */
        static fromObject(object: { [k: string]: any }): game.AddFriend;

        /**
         * Creates a plain object from an AddFriend message. Also converts values to other types if specified.
         * @param message AddFriend
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.AddFriend, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AddFriend to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AddFriend
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AddFriend {

        /** Properties of an AddFriend. */
        interface $Properties {

            /** AddFriend playerId */
            playerId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AddFriend. */
        type $Shape = game.AddFriend.$Properties;
    }

    /**
     * Properties of a RemoveFriend.
     * @deprecated Use game.RemoveFriend.$Properties instead.
     */
    interface IRemoveFriend extends game.RemoveFriend.$Properties {
    }

    /** Represents a RemoveFriend. */
    class RemoveFriend {

        /**
         * Constructs a new RemoveFriend.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.RemoveFriend.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveFriend playerId. */
        playerId: number;

        /**
         * Creates a new RemoveFriend instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveFriend instance
         */
        static create(properties: game.RemoveFriend.$Shape): game.RemoveFriend & game.RemoveFriend.$Shape;
        static create(properties?: game.RemoveFriend.$Properties): game.RemoveFriend;

        /**
         * Encodes the specified RemoveFriend message. Does not implicitly {@link game.RemoveFriend.verify|verify} messages.
         * @param message RemoveFriend message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.RemoveFriend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveFriend message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.RemoveFriend & game.RemoveFriend.$Shape} RemoveFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.RemoveFriend & game.RemoveFriend.$Shape;

        /**
         * Verifies a RemoveFriend message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RemoveFriend message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RemoveFriend
         */
        static fromObject(object: { [k: string]: any }): game.RemoveFriend;

        /**
         * Creates a plain object from a RemoveFriend message. Also converts values to other types if specified.
         * @param message RemoveFriend
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.RemoveFriend, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoveFriend to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RemoveFriend
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RemoveFriend {

        /** Properties of a RemoveFriend. */
        interface $Properties {

            /** RemoveFriend playerId */
            playerId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveFriend. */
        type $Shape = game.RemoveFriend.$Properties;
    }

    /**
     * Properties of an AcceptFriend.
     * @deprecated Use game.AcceptFriend.$Properties instead.
     */
    interface IAcceptFriend extends game.AcceptFriend.$Properties {
    }

    /** Represents an AcceptFriend. */
    class AcceptFriend {

        /**
         * Constructs a new AcceptFriend.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.AcceptFriend.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AcceptFriend playerId. */
        playerId: number;

        /**
         * Creates a new AcceptFriend instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AcceptFriend instance
         */
        static create(properties: game.AcceptFriend.$Shape): game.AcceptFriend & game.AcceptFriend.$Shape;
        static create(properties?: game.AcceptFriend.$Properties): game.AcceptFriend;

        /**
         * Encodes the specified AcceptFriend message. Does not implicitly {@link game.AcceptFriend.verify|verify} messages.
         * @param message AcceptFriend message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.AcceptFriend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AcceptFriend message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.AcceptFriend & game.AcceptFriend.$Shape} AcceptFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.AcceptFriend & game.AcceptFriend.$Shape;

        /**
         * Verifies an AcceptFriend message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AcceptFriend message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AcceptFriend
         */
        static fromObject(object: { [k: string]: any }): game.AcceptFriend;

        /**
         * Creates a plain object from an AcceptFriend message. Also converts values to other types if specified.
         * @param message AcceptFriend
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.AcceptFriend, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AcceptFriend to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AcceptFriend
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AcceptFriend {

        /** Properties of an AcceptFriend. */
        interface $Properties {

            /** AcceptFriend playerId */
            playerId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AcceptFriend. */
        type $Shape = game.AcceptFriend.$Properties;
    }

    /**
     * Properties of a DeclineFriend.
     * @deprecated Use game.DeclineFriend.$Properties instead.
     */
    interface IDeclineFriend extends game.DeclineFriend.$Properties {
    }

    /** Represents a DeclineFriend. */
    class DeclineFriend {

        /**
         * Constructs a new DeclineFriend.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.DeclineFriend.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeclineFriend playerId. */
        playerId: number;

        /**
         * Creates a new DeclineFriend instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeclineFriend instance
         */
        static create(properties: game.DeclineFriend.$Shape): game.DeclineFriend & game.DeclineFriend.$Shape;
        static create(properties?: game.DeclineFriend.$Properties): game.DeclineFriend;

        /**
         * Encodes the specified DeclineFriend message. Does not implicitly {@link game.DeclineFriend.verify|verify} messages.
         * @param message DeclineFriend message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.DeclineFriend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeclineFriend message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.DeclineFriend & game.DeclineFriend.$Shape} DeclineFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.DeclineFriend & game.DeclineFriend.$Shape;

        /**
         * Verifies a DeclineFriend message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DeclineFriend message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DeclineFriend
         */
        static fromObject(object: { [k: string]: any }): game.DeclineFriend;

        /**
         * Creates a plain object from a DeclineFriend message. Also converts values to other types if specified.
         * @param message DeclineFriend
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.DeclineFriend, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DeclineFriend to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DeclineFriend
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeclineFriend {

        /** Properties of a DeclineFriend. */
        interface $Properties {

            /** DeclineFriend playerId */
            playerId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeclineFriend. */
        type $Shape = game.DeclineFriend.$Properties;
    }

    /**
     * Properties of a Block.
     * @deprecated Use game.Block.$Properties instead.
     */
    interface IBlock extends game.Block.$Properties {
    }

    /** Represents a Block. */
    class Block {

        /**
         * Constructs a new Block.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Block.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Block playerId. */
        playerId: number;

        /**
         * Creates a new Block instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Block instance
         */
        static create(properties: game.Block.$Shape): game.Block & game.Block.$Shape;
        static create(properties?: game.Block.$Properties): game.Block;

        /**
         * Encodes the specified Block message. Does not implicitly {@link game.Block.verify|verify} messages.
         * @param message Block message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Block & game.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Block & game.Block.$Shape;

        /**
         * Verifies a Block message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Block message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Block
         */
        static fromObject(object: { [k: string]: any }): game.Block;

        /**
         * Creates a plain object from a Block message. Also converts values to other types if specified.
         * @param message Block
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Block, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Block to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Block
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Block {

        /** Properties of a Block. */
        interface $Properties {

            /** Block playerId */
            playerId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Block. */
        type $Shape = game.Block.$Properties;
    }

    /**
     * Properties of an Unblock.
     * @deprecated Use game.Unblock.$Properties instead.
     */
    interface IUnblock extends game.Unblock.$Properties {
    }

    /** Represents an Unblock. */
    class Unblock {

        /**
         * Constructs a new Unblock.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Unblock.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Unblock playerId. */
        playerId: number;

        /**
         * Creates a new Unblock instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Unblock instance
         */
        static create(properties: game.Unblock.$Shape): game.Unblock & game.Unblock.$Shape;
        static create(properties?: game.Unblock.$Properties): game.Unblock;

        /**
         * Encodes the specified Unblock message. Does not implicitly {@link game.Unblock.verify|verify} messages.
         * @param message Unblock message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Unblock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Unblock message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Unblock & game.Unblock.$Shape} Unblock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Unblock & game.Unblock.$Shape;

        /**
         * Verifies an Unblock message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Unblock message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Unblock
         */
        static fromObject(object: { [k: string]: any }): game.Unblock;

        /**
         * Creates a plain object from an Unblock message. Also converts values to other types if specified.
         * @param message Unblock
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Unblock, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Unblock to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Unblock
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Unblock {

        /** Properties of an Unblock. */
        interface $Properties {

            /** Unblock playerId */
            playerId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Unblock. */
        type $Shape = game.Unblock.$Properties;
    }

    /**
     * Properties of a GetPresence.
     * @deprecated Use game.GetPresence.$Properties instead.
     */
    interface IGetPresence extends game.GetPresence.$Properties {
    }

    /** Represents a GetPresence. */
    class GetPresence {

        /**
         * Constructs a new GetPresence.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.GetPresence.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new GetPresence instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetPresence instance
         */
        static create(properties: game.GetPresence.$Shape): game.GetPresence & game.GetPresence.$Shape;
        static create(properties?: game.GetPresence.$Properties): game.GetPresence;

        /**
         * Encodes the specified GetPresence message. Does not implicitly {@link game.GetPresence.verify|verify} messages.
         * @param message GetPresence message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.GetPresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetPresence message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.GetPresence & game.GetPresence.$Shape} GetPresence
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.GetPresence & game.GetPresence.$Shape;

        /**
         * Verifies a GetPresence message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a GetPresence message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetPresence
         */
        static fromObject(object: { [k: string]: any }): game.GetPresence;

        /**
         * Creates a plain object from a GetPresence message. Also converts values to other types if specified.
         * @param message GetPresence
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.GetPresence, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetPresence to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for GetPresence
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetPresence {

        /** Properties of a GetPresence. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetPresence. */
        type $Shape = game.GetPresence.$Properties;
    }

    /**
     * Properties of a Presence.
     * @deprecated Use game.Presence.$Properties instead.
     */
    interface IPresence extends game.Presence.$Properties {
    }

    /** Represents a Presence. */
    class Presence {

        /**
         * Constructs a new Presence.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Presence.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Presence online. */
        online: number[];

        /**
         * Creates a new Presence instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Presence instance
         */
        static create(properties: game.Presence.$Shape): game.Presence & game.Presence.$Shape;
        static create(properties?: game.Presence.$Properties): game.Presence;

        /**
         * Encodes the specified Presence message. Does not implicitly {@link game.Presence.verify|verify} messages.
         * @param message Presence message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Presence message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Presence & game.Presence.$Shape} Presence
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Presence & game.Presence.$Shape;

        /**
         * Verifies a Presence message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Presence message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Presence
         */
        static fromObject(object: { [k: string]: any }): game.Presence;

        /**
         * Creates a plain object from a Presence message. Also converts values to other types if specified.
         * @param message Presence
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Presence to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Presence
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Presence {

        /** Properties of a Presence. */
        interface $Properties {

            /** Presence online */
            online?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Presence. */
        type $Shape = game.Presence.$Properties;
    }

    /**
     * Properties of a VisitFriend.
     * @deprecated Use game.VisitFriend.$Properties instead.
     */
    interface IVisitFriend extends game.VisitFriend.$Properties {
    }

    /** Represents a VisitFriend. */
    class VisitFriend {

        /**
         * Constructs a new VisitFriend.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.VisitFriend.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VisitFriend playerId. */
        playerId: number;

        /**
         * Creates a new VisitFriend instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VisitFriend instance
         */
        static create(properties: game.VisitFriend.$Shape): game.VisitFriend & game.VisitFriend.$Shape;
        static create(properties?: game.VisitFriend.$Properties): game.VisitFriend;

        /**
         * Encodes the specified VisitFriend message. Does not implicitly {@link game.VisitFriend.verify|verify} messages.
         * @param message VisitFriend message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.VisitFriend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VisitFriend message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.VisitFriend & game.VisitFriend.$Shape} VisitFriend
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.VisitFriend & game.VisitFriend.$Shape;

        /**
         * Verifies a VisitFriend message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a VisitFriend message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VisitFriend
         */
        static fromObject(object: { [k: string]: any }): game.VisitFriend;

        /**
         * Creates a plain object from a VisitFriend message. Also converts values to other types if specified.
         * @param message VisitFriend
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.VisitFriend, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VisitFriend to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for VisitFriend
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace VisitFriend {

        /** Properties of a VisitFriend. */
        interface $Properties {

            /** VisitFriend playerId */
            playerId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VisitFriend. */
        type $Shape = game.VisitFriend.$Properties;
    }

    /**
     * Properties of a FriendFarm.
     * @deprecated Use game.FriendFarm.$Properties instead.
     */
    interface IFriendFarm extends game.FriendFarm.$Properties {
    }

    /** Represents a FriendFarm. */
    class FriendFarm {

        /**
         * Constructs a new FriendFarm.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.FriendFarm.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendFarm id. */
        id: number;

        /** FriendFarm name. */
        name: string;

        /** FriendFarm level. */
        level: number;

        /** FriendFarm plots. */
        plots: game.Plot.$Properties[];

        /** FriendFarm plotCount. */
        plotCount: number;

        /**
         * Creates a new FriendFarm instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FriendFarm instance
         */
        static create(properties: game.FriendFarm.$Shape): game.FriendFarm & game.FriendFarm.$Shape;
        static create(properties?: game.FriendFarm.$Properties): game.FriendFarm;

        /**
         * Encodes the specified FriendFarm message. Does not implicitly {@link game.FriendFarm.verify|verify} messages.
         * @param message FriendFarm message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.FriendFarm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendFarm message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.FriendFarm & game.FriendFarm.$Shape} FriendFarm
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.FriendFarm & game.FriendFarm.$Shape;

        /**
         * Verifies a FriendFarm message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a FriendFarm message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FriendFarm
         */
        static fromObject(object: { [k: string]: any }): game.FriendFarm;

        /**
         * Creates a plain object from a FriendFarm message. Also converts values to other types if specified.
         * @param message FriendFarm
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.FriendFarm, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FriendFarm to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FriendFarm
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FriendFarm {

        /** Properties of a FriendFarm. */
        interface $Properties {

            /** FriendFarm id */
            id?: (number|null);

            /** FriendFarm name */
            name?: (string|null);

            /** FriendFarm level */
            level?: (number|null);

            /** FriendFarm plots */
            plots?: (game.Plot.$Properties[]|null);

            /** FriendFarm plotCount */
            plotCount?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendFarm. */
        type $Shape = game.FriendFarm.$Properties;
    }

    /**
     * Properties of a SendGift.
     * @deprecated Use game.SendGift.$Properties instead.
     */
    interface ISendGift extends game.SendGift.$Properties {
    }

    /** Represents a SendGift. */
    class SendGift {

        /**
         * Constructs a new SendGift.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.SendGift.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SendGift to. */
        to: number;

        /** SendGift item. */
        item: string;

        /** SendGift qty. */
        qty: number;

        /**
         * Creates a new SendGift instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SendGift instance
         */
        static create(properties: game.SendGift.$Shape): game.SendGift & game.SendGift.$Shape;
        static create(properties?: game.SendGift.$Properties): game.SendGift;

        /**
         * Encodes the specified SendGift message. Does not implicitly {@link game.SendGift.verify|verify} messages.
         * @param message SendGift message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.SendGift.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SendGift message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.SendGift & game.SendGift.$Shape} SendGift
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.SendGift & game.SendGift.$Shape;

        /**
         * Verifies a SendGift message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SendGift message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SendGift
         */
        static fromObject(object: { [k: string]: any }): game.SendGift;

        /**
         * Creates a plain object from a SendGift message. Also converts values to other types if specified.
         * @param message SendGift
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.SendGift, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SendGift to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SendGift
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SendGift {

        /** Properties of a SendGift. */
        interface $Properties {

            /** SendGift to */
            to?: (number|null);

            /** SendGift item */
            item?: (string|null);

            /** SendGift qty */
            qty?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SendGift. */
        type $Shape = game.SendGift.$Properties;
    }

    /**
     * Properties of a Chat.
     * @deprecated Use game.Chat.$Properties instead.
     */
    interface IChat extends game.Chat.$Properties {
    }

    /** Represents a Chat. */
    class Chat {

        /**
         * Constructs a new Chat.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Chat.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Chat to. */
        to: number;

        /** Chat text. */
        text: string;

        /**
         * Creates a new Chat instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Chat instance
         */
        static create(properties: game.Chat.$Shape): game.Chat & game.Chat.$Shape;
        static create(properties?: game.Chat.$Properties): game.Chat;

        /**
         * Encodes the specified Chat message. Does not implicitly {@link game.Chat.verify|verify} messages.
         * @param message Chat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Chat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Chat message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Chat & game.Chat.$Shape} Chat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Chat & game.Chat.$Shape;

        /**
         * Verifies a Chat message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Chat message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Chat
         */
        static fromObject(object: { [k: string]: any }): game.Chat;

        /**
         * Creates a plain object from a Chat message. Also converts values to other types if specified.
         * @param message Chat
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Chat, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Chat to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Chat
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Chat {

        /** Properties of a Chat. */
        interface $Properties {

            /** Chat to */
            to?: (number|null);

            /** Chat text */
            text?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Chat. */
        type $Shape = game.Chat.$Properties;
    }

    /**
     * Properties of a Top.
     * @deprecated Use game.Top.$Properties instead.
     */
    interface ITop extends game.Top.$Properties {
    }

    /** Represents a Top. */
    class Top {

        /**
         * Constructs a new Top.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Top.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Top n. */
        n: number;

        /**
         * Creates a new Top instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Top instance
         */
        static create(properties: game.Top.$Shape): game.Top & game.Top.$Shape;
        static create(properties?: game.Top.$Properties): game.Top;

        /**
         * Encodes the specified Top message. Does not implicitly {@link game.Top.verify|verify} messages.
         * @param message Top message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Top.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Top message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Top & game.Top.$Shape} Top
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Top & game.Top.$Shape;

        /**
         * Verifies a Top message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Top message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Top
         */
        static fromObject(object: { [k: string]: any }): game.Top;

        /**
         * Creates a plain object from a Top message. Also converts values to other types if specified.
         * @param message Top
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Top, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Top to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Top
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Top {

        /** Properties of a Top. */
        interface $Properties {

            /** Top n */
            n?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Top. */
        type $Shape = game.Top.$Properties;
    }

    /**
     * Properties of a TopEntry.
     * @deprecated Use game.TopEntry.$Properties instead.
     */
    interface ITopEntry extends game.TopEntry.$Properties {
    }

    /** Represents a TopEntry. */
    class TopEntry {

        /**
         * Constructs a new TopEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.TopEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TopEntry id. */
        id: number;

        /** TopEntry name. */
        name: string;

        /** TopEntry xp. */
        xp: number;

        /**
         * Creates a new TopEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TopEntry instance
         */
        static create(properties: game.TopEntry.$Shape): game.TopEntry & game.TopEntry.$Shape;
        static create(properties?: game.TopEntry.$Properties): game.TopEntry;

        /**
         * Encodes the specified TopEntry message. Does not implicitly {@link game.TopEntry.verify|verify} messages.
         * @param message TopEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.TopEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TopEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.TopEntry & game.TopEntry.$Shape} TopEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.TopEntry & game.TopEntry.$Shape;

        /**
         * Verifies a TopEntry message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TopEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TopEntry
         */
        static fromObject(object: { [k: string]: any }): game.TopEntry;

        /**
         * Creates a plain object from a TopEntry message. Also converts values to other types if specified.
         * @param message TopEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.TopEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TopEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TopEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TopEntry {

        /** Properties of a TopEntry. */
        interface $Properties {

            /** TopEntry id */
            id?: (number|null);

            /** TopEntry name */
            name?: (string|null);

            /** TopEntry xp */
            xp?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TopEntry. */
        type $Shape = game.TopEntry.$Properties;
    }

    /**
     * Properties of a TopResult.
     * @deprecated Use game.TopResult.$Properties instead.
     */
    interface ITopResult extends game.TopResult.$Properties {
    }

    /** Represents a TopResult. */
    class TopResult {

        /**
         * Constructs a new TopResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.TopResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TopResult entries. */
        entries: game.TopEntry.$Properties[];

        /**
         * Creates a new TopResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TopResult instance
         */
        static create(properties: game.TopResult.$Shape): game.TopResult & game.TopResult.$Shape;
        static create(properties?: game.TopResult.$Properties): game.TopResult;

        /**
         * Encodes the specified TopResult message. Does not implicitly {@link game.TopResult.verify|verify} messages.
         * @param message TopResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.TopResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TopResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.TopResult & game.TopResult.$Shape} TopResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.TopResult & game.TopResult.$Shape;

        /**
         * Verifies a TopResult message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TopResult message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TopResult
         */
        static fromObject(object: { [k: string]: any }): game.TopResult;

        /**
         * Creates a plain object from a TopResult message. Also converts values to other types if specified.
         * @param message TopResult
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.TopResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TopResult to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TopResult
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TopResult {

        /** Properties of a TopResult. */
        interface $Properties {

            /** TopResult entries */
            entries?: (game.TopEntry.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TopResult. */
        type $Shape = game.TopResult.$Properties;
    }

    /**
     * Properties of a Kicked.
     * @deprecated Use game.Kicked.$Properties instead.
     */
    interface IKicked extends game.Kicked.$Properties {
    }

    /** Represents a Kicked. */
    class Kicked {

        /**
         * Constructs a new Kicked.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.Kicked.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Kicked reason. */
        reason: string;

        /**
         * Creates a new Kicked instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Kicked instance
         */
        static create(properties: game.Kicked.$Shape): game.Kicked & game.Kicked.$Shape;
        static create(properties?: game.Kicked.$Properties): game.Kicked;

        /**
         * Encodes the specified Kicked message. Does not implicitly {@link game.Kicked.verify|verify} messages.
         * @param message Kicked message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.Kicked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Kicked message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.Kicked & game.Kicked.$Shape} Kicked
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.Kicked & game.Kicked.$Shape;

        /**
         * Verifies a Kicked message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Kicked message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Kicked
         */
        static fromObject(object: { [k: string]: any }): game.Kicked;

        /**
         * Creates a plain object from a Kicked message. Also converts values to other types if specified.
         * @param message Kicked
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.Kicked, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Kicked to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Kicked
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Kicked {

        /** Properties of a Kicked. */
        interface $Properties {

            /** Kicked reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Kicked. */
        type $Shape = game.Kicked.$Properties;
    }

    /**
     * Properties of a ServerShutdown.
     * @deprecated Use game.ServerShutdown.$Properties instead.
     */
    interface IServerShutdown extends game.ServerShutdown.$Properties {
    }

    /** Represents a ServerShutdown. */
    class ServerShutdown {

        /**
         * Constructs a new ServerShutdown.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.ServerShutdown.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerShutdown reconnectAfterMs. */
        reconnectAfterMs: number;

        /**
         * Creates a new ServerShutdown instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerShutdown instance
         */
        static create(properties: game.ServerShutdown.$Shape): game.ServerShutdown & game.ServerShutdown.$Shape;
        static create(properties?: game.ServerShutdown.$Properties): game.ServerShutdown;

        /**
         * Encodes the specified ServerShutdown message. Does not implicitly {@link game.ServerShutdown.verify|verify} messages.
         * @param message ServerShutdown message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.ServerShutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerShutdown message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.ServerShutdown & game.ServerShutdown.$Shape} ServerShutdown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.ServerShutdown & game.ServerShutdown.$Shape;

        /**
         * Verifies a ServerShutdown message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ServerShutdown message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ServerShutdown
         */
        static fromObject(object: { [k: string]: any }): game.ServerShutdown;

        /**
         * Creates a plain object from a ServerShutdown message. Also converts values to other types if specified.
         * @param message ServerShutdown
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.ServerShutdown, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ServerShutdown to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ServerShutdown
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerShutdown {

        /** Properties of a ServerShutdown. */
        interface $Properties {

            /** ServerShutdown reconnectAfterMs */
            reconnectAfterMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServerShutdown. */
        type $Shape = game.ServerShutdown.$Properties;
    }

    /**
     * Properties of a GiftReceived.
     * @deprecated Use game.GiftReceived.$Properties instead.
     */
    interface IGiftReceived extends game.GiftReceived.$Properties {
    }

    /** Represents a GiftReceived. */
    class GiftReceived {

        /**
         * Constructs a new GiftReceived.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.GiftReceived.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GiftReceived from. */
        from: number;

        /** GiftReceived item. */
        item: string;

        /** GiftReceived qty. */
        qty: number;

        /** GiftReceived state. */
        state?: (game.PlayerState.$Properties|null);

        /**
         * Creates a new GiftReceived instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GiftReceived instance
         */
        static create(properties: game.GiftReceived.$Shape): game.GiftReceived & game.GiftReceived.$Shape;
        static create(properties?: game.GiftReceived.$Properties): game.GiftReceived;

        /**
         * Encodes the specified GiftReceived message. Does not implicitly {@link game.GiftReceived.verify|verify} messages.
         * @param message GiftReceived message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.GiftReceived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GiftReceived message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.GiftReceived & game.GiftReceived.$Shape} GiftReceived
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.GiftReceived & game.GiftReceived.$Shape;

        /**
         * Verifies a GiftReceived message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a GiftReceived message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GiftReceived
         */
        static fromObject(object: { [k: string]: any }): game.GiftReceived;

        /**
         * Creates a plain object from a GiftReceived message. Also converts values to other types if specified.
         * @param message GiftReceived
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.GiftReceived, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GiftReceived to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for GiftReceived
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace GiftReceived {

        /** Properties of a GiftReceived. */
        interface $Properties {

            /** GiftReceived from */
            from?: (number|null);

            /** GiftReceived item */
            item?: (string|null);

            /** GiftReceived qty */
            qty?: (number|null);

            /** GiftReceived state */
            state?: (game.PlayerState.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GiftReceived. */
        type $Shape = game.GiftReceived.$Properties;
    }

    /**
     * Properties of a FriendRequest.
     * @deprecated Use game.FriendRequest.$Properties instead.
     */
    interface IFriendRequest extends game.FriendRequest.$Properties {
    }

    /** Represents a FriendRequest. */
    class FriendRequest {

        /**
         * Constructs a new FriendRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.FriendRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendRequest from. */
        from: number;

        /** FriendRequest state. */
        state?: (game.PlayerState.$Properties|null);

        /**
         * Creates a new FriendRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FriendRequest instance
         */
        static create(properties: game.FriendRequest.$Shape): game.FriendRequest & game.FriendRequest.$Shape;
        static create(properties?: game.FriendRequest.$Properties): game.FriendRequest;

        /**
         * Encodes the specified FriendRequest message. Does not implicitly {@link game.FriendRequest.verify|verify} messages.
         * @param message FriendRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.FriendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.FriendRequest & game.FriendRequest.$Shape} FriendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.FriendRequest & game.FriendRequest.$Shape;

        /**
         * Verifies a FriendRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a FriendRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FriendRequest
         */
        static fromObject(object: { [k: string]: any }): game.FriendRequest;

        /**
         * Creates a plain object from a FriendRequest message. Also converts values to other types if specified.
         * @param message FriendRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.FriendRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FriendRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FriendRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FriendRequest {

        /** Properties of a FriendRequest. */
        interface $Properties {

            /** FriendRequest from */
            from?: (number|null);

            /** FriendRequest state */
            state?: (game.PlayerState.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendRequest. */
        type $Shape = game.FriendRequest.$Properties;
    }

    /**
     * Properties of a FriendUpdate.
     * @deprecated Use game.FriendUpdate.$Properties instead.
     */
    interface IFriendUpdate extends game.FriendUpdate.$Properties {
    }

    /** Represents a FriendUpdate. */
    class FriendUpdate {

        /**
         * Constructs a new FriendUpdate.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.FriendUpdate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FriendUpdate from. */
        from: number;

        /** FriendUpdate change. */
        change: string;

        /** FriendUpdate state. */
        state?: (game.PlayerState.$Properties|null);

        /**
         * Creates a new FriendUpdate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FriendUpdate instance
         */
        static create(properties: game.FriendUpdate.$Shape): game.FriendUpdate & game.FriendUpdate.$Shape;
        static create(properties?: game.FriendUpdate.$Properties): game.FriendUpdate;

        /**
         * Encodes the specified FriendUpdate message. Does not implicitly {@link game.FriendUpdate.verify|verify} messages.
         * @param message FriendUpdate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.FriendUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FriendUpdate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.FriendUpdate & game.FriendUpdate.$Shape} FriendUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.FriendUpdate & game.FriendUpdate.$Shape;

        /**
         * Verifies a FriendUpdate message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a FriendUpdate message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FriendUpdate
         */
        static fromObject(object: { [k: string]: any }): game.FriendUpdate;

        /**
         * Creates a plain object from a FriendUpdate message. Also converts values to other types if specified.
         * @param message FriendUpdate
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.FriendUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FriendUpdate to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FriendUpdate
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FriendUpdate {

        /** Properties of a FriendUpdate. */
        interface $Properties {

            /** FriendUpdate from */
            from?: (number|null);

            /** FriendUpdate change */
            change?: (string|null);

            /** FriendUpdate state */
            state?: (game.PlayerState.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FriendUpdate. */
        type $Shape = game.FriendUpdate.$Properties;
    }

    /**
     * Properties of a ChatReceived.
     * @deprecated Use game.ChatReceived.$Properties instead.
     */
    interface IChatReceived extends game.ChatReceived.$Properties {
    }

    /** Represents a ChatReceived. */
    class ChatReceived {

        /**
         * Constructs a new ChatReceived.
         * @param [properties] Properties to set
         */
        constructor(properties?: game.ChatReceived.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChatReceived from. */
        from: number;

        /** ChatReceived text. */
        text: string;

        /** ChatReceived sentAt. */
        sentAt: number;

        /**
         * Creates a new ChatReceived instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChatReceived instance
         */
        static create(properties: game.ChatReceived.$Shape): game.ChatReceived & game.ChatReceived.$Shape;
        static create(properties?: game.ChatReceived.$Properties): game.ChatReceived;

        /**
         * Encodes the specified ChatReceived message. Does not implicitly {@link game.ChatReceived.verify|verify} messages.
         * @param message ChatReceived message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: game.ChatReceived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChatReceived message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {game.ChatReceived & game.ChatReceived.$Shape} ChatReceived
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): game.ChatReceived & game.ChatReceived.$Shape;

        /**
         * Verifies a ChatReceived message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ChatReceived message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChatReceived
         */
        static fromObject(object: { [k: string]: any }): game.ChatReceived;

        /**
         * Creates a plain object from a ChatReceived message. Also converts values to other types if specified.
         * @param message ChatReceived
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: game.ChatReceived, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChatReceived to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ChatReceived
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ChatReceived {

        /** Properties of a ChatReceived. */
        interface $Properties {

            /** ChatReceived from */
            from?: (number|null);

            /** ChatReceived text */
            text?: (string|null);

            /** ChatReceived sentAt */
            sentAt?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChatReceived. */
        type $Shape = game.ChatReceived.$Properties;
    }
}
