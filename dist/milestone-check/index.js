import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./shared/errors.ts
class UserError extends Error {
    kind;
    constructor(kind, message, options) {
        super(message, options);
        this.name = 'UserError';
        this.kind = kind;
    }
}
/** Quotes a value given from outside for an error message, cut to a readable length. */
function quote(value, max = 100) {
    const text = value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
    return `"${text}"`;
}
function inputError(input, message) {
    return new UserError('input', `Input "${input}": ${message}`);
}
function isUserError(error) {
    return error instanceof UserError;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}
/**
 * For a catch that keeps going (one target or repository failed, the others go on): the sentence to
 * report. A user error is reported as it is; anything else is labelled as a bug, and its stack goes to
 * the debug log — the same split as the entry's one error path.
 */
function reportedFailure(error, logger) {
    if (isUserError(error))
        return error.message;
    logger.debug(error instanceof Error && error.stack ? error.stack : errorMessage(error));
    return `internal error: ${errorMessage(error)} (a bug in portal-release; re-run with debug logging and report it)`;
}

;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __nccwpck_require__(9783);
;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function dist_bundle_parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return dist_bundle_parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: dist_bundle_parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(3251);
var light_default = /*#__PURE__*/__nccwpck_require__.n(light);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./shared/github/client.ts
// Octokit with pagination, retry and throttling, pointed at GITHUB_API_URL (GitHub Enterprise Server too).
//
// Built on @octokit/core rather than @actions/github's getOctokit: that module loads undici (for a proxy
// that is rarely configured) and every REST endpoint's method at start-up, most of a bundle's start-up cost
// (decision record 020). Requests name their route (`octokit.request('GET /repos/{owner}/{repo}', …)`), typed
// by @octokit/types like the endpoint methods were. Requests go through node:http/https (./http-fetch.ts), or
// through a proxy by @actions/github's own rules (see fetchFor).









/** The most commits a comparison is paged through (100 requests); a larger range fails instead of being cut. */
const MAX_COMPARE_COMMITS = 10_000;
function incompleteRange(r, base, head, total, seen) {
    return new UserError('state', `Cannot see the whole range ${base}...${head} of ${repoName(r)}: GitHub reports ${total} commits, ${seen} could be read${total > MAX_COMPARE_COMMITS ? ` (at most ${MAX_COMPARE_COMMITS} are read)` : ''}. A version or change list computed from part of it would be wrong; release more often, or pass the version explicitly.`);
}
/**
 * Tuning read from the environment, for tests against the stand-in only (never set on a runner):
 * PORTAL_RELEASE_RETRY_BASE_MS shortens the back-off between retries (the fault matrix), and
 * PORTAL_RELEASE_WRITE_PACING=off removes the pauses between writes.
 */
function tuningFromEnv(env) {
    const retryBase = Number.parseInt(env.PORTAL_RELEASE_RETRY_BASE_MS ?? '', 10);
    return {
        ...(Number.isFinite(retryBase) && retryBase >= 0 ? { retryBaseMs: retryBase } : {}),
        ...(env.PORTAL_RELEASE_WRITE_PACING === 'off' ? { writePacing: false } : {}),
    };
}
const SuiteOctokit = Octokit.plugin(paginateRest, retryPolicy, retry, throttling);
/** A GraphQL request that only reads (the suite sends no mutation; a dry run still may query). */
function isGraphqlQuery(request) {
    return request.url.endsWith('/graphql') && !/^\s*mutation\b/.test(String(request.query ?? ''));
}
/**
 * POSTs whose repetition changes nothing: a read (release notes), or adding what is already there
 * (labels, reviewers). Every other POST creates an object each time it is performed.
 */
const REPEATABLE_POSTS = new Set([
    '/repos/{owner}/{repo}/releases/generate-notes',
    '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
]);
/**
 * True when sending the request again after a failed attempt cannot duplicate anything.
 *
 * @octokit/plugin-retry decides by status alone: it retries a 5xx or a network error (Octokit reports
 * both as status 500) whatever the method, so a POST that GitHub performed but whose answer was lost
 * (a 502 from a proxy, a reset connection) would be performed again: a second comment, issue, status,
 * pull request, or a 422 "already exists". Such a POST is not retried; the run fails with a clear error
 * and the next run finds what was made by identity (author and marker, head branch, tag name). Only
 * failures that prove the request never reached GitHub (no connection) are retried for every request.
 */
function isRetrySafe(request) {
    const method = request.method.toUpperCase();
    if (method !== 'POST')
        return true; // GET, HEAD, and PUT/PATCH/DELETE, which set a state (idempotent).
    return isGraphqlQuery(request) || REPEATABLE_POSTS.has(request.url);
}
/** Error codes of a connection that was never made: the request did not reach the server. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
/** The system error code under a failed fetch (RequestError → TypeError "fetch failed" → Error with `code`). */
function networkErrorCode(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = e.code;
        if (typeof code === 'string' && code !== '')
            return code;
    }
    return undefined;
}
/** A request that got no HTTP answer at all: Octokit reports it as status 500 without a response. */
function isNetworkFailure(error) {
    return error instanceof RequestError && error.response === undefined && error.status === 500;
}
/**
 * Runs innermost (registered before @octokit/plugin-retry): caps the retries the plugin will make for
 * this request — none for a POST that may have been performed, one (after the base back-off) when no
 * connection could be made, so a wrong host or a network outage is named quickly instead of after 14 s.
 */
function retryPolicy(octokit, options) {
    const retries = options.retry?.retries ?? 3;
    octokit.hook.before('request', (request) => {
        const shape = request;
        if (!isRetrySafe(shape))
            shape.request = { ...shape.request, retries: 0 };
    });
    octokit.hook.error('request', (error, request) => {
        const code = networkErrorCode(error);
        if (isNetworkFailure(error) && code && NOT_CONNECTED.has(code)) {
            request.request = { ...request.request, retries: Math.min(retries, 1) };
        }
        throw error;
    });
}
/** ACTIONS_ORCHESTRATION_ID in the user agent, as @actions/github adds it (GitHub correlates a job's requests). */
function userAgentFor(base, env = process.env) {
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    if (!id)
        return base;
    const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
    return base.includes(tag) ? base : `${base} ${tag}`;
}
/** Longest wait for one request's answer and body. */
const REQUEST_TIMEOUT_MS = 300_000;
/**
 * The proxy that requests to `apiUrl` go through, by @actions/http-client's rules (https_proxy or http_proxy
 * by the URL's scheme, either spelling; no_proxy; loopback never proxied), as @actions/github applies them.
 */
function proxyFor(apiUrl, env = process.env) {
    const saved = process.env;
    try {
        process.env = env; // getProxyUrl reads process.env; the CLI and tests pass their own environment.
        const proxy = (0,lib_proxy/* getProxyUrl */.s)(new URL(apiUrl));
        return proxy?.hostname ? proxy : undefined;
    }
    finally {
        process.env = saved;
    }
}
/**
 * The fetch Octokit sends requests to `apiUrl` with, loaded on the first request:
 * - through a proxy (see proxyFor): undici's fetch with @actions/http-client's proxy dispatcher, exactly as
 *   @actions/github sends them;
 * - otherwise httpFetch (./http-fetch.ts: node:http and node:https, with fetch's redirect and decoding rules):
 *   Node's built-in fetch costs about 100 ms more per process on the bench machine (it loads its bundled
 *   undici, then compiles the llhttp WebAssembly parser, a compilation the process waits for at exit), and
 *   the fetch libraries over node:http (minipass-fetch, node-fetch) about 25 ms more than node:http alone.
 *   A failed connection rejects with the system error (ECONNREFUSED, ENOTFOUND …), which the error path reads.
 */
function fetchFor(apiUrl, env = process.env) {
    const proxied = proxyFor(apiUrl, env) !== undefined;
    let loaded;
    const load = async () => {
        if (!proxied) {
            const { httpFetch } = await __nccwpck_require__.e(/* import() */ 87).then(__nccwpck_require__.bind(__nccwpck_require__, 5087));
            // A stalled connection fails after 5 minutes (undici's own header and body timeouts) instead of never.
            return httpFetch(REQUEST_TIMEOUT_MS);
        }
        const [{ HttpClient }, { fetch }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2779)), __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19))]);
        const dispatcher = new HttpClient().getAgentDispatcher(apiUrl);
        return ((url, init) => fetch(url, { ...init, dispatcher }));
    };
    return (async (url, init) => (await (loaded ??= load()))(url, init));
}
function createOctokit(options) {
    const fetch = fetchFor(options.apiUrl, options.env);
    const limit = options.rateLimitRetries ?? 3;
    const log = options.logger;
    return new SuiteOctokit({
        auth: options.token,
        baseUrl: options.apiUrl,
        userAgent: userAgentFor(options.userAgent ?? 'portal-release', options.env),
        request: { fetch },
        // Retries live in the retry plugin's own options: a `request.retries` value would make the
        // plugin retry every failure, 404s included.
        retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451], retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        throttle: {
            ...(options.writePacing === false
                ? {
                    write: new (light_default()).Group({ id: 'portal-release-write', maxConcurrent: 1, minTime: 0 }),
                    notifications: new (light_default()).Group({ id: 'portal-release-notifications', maxConcurrent: 1, minTime: 0 }),
                }
                : {}),
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Rate limit reached for ${request.method} ${request.url}; retrying after ${retryAfter}s (attempt ${retryCount + 1} of ${limit}).`);
                return retryCount < limit;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Secondary rate limit for ${request.method} ${request.url}; retrying after ${retryAfter}s (attempt ${retryCount + 1} of ${limit}).`);
                return retryCount < limit;
            },
        },
    });
}

;// CONCATENATED MODULE: ./shared/github/errors.ts
// Errors: every API failure becomes one actionable sentence.




/** An API failure, already explained. `status` lets callers treat expected 404/422 specially. */
class GitHubError extends UserError {
    status;
    apiMessage;
    constructor(status, apiMessage, message) {
        super(status === 401 || status === 403 ? 'permission' : status === 404 ? 'not-found' : 'state', message);
        this.name = 'GitHubError';
        this.status = status;
        this.apiMessage = apiMessage;
    }
}
function apiMessageOf(error) {
    const data = error.response?.data;
    const parts = [data?.message ?? error.message];
    for (const e of data?.errors ?? [])
        if (e.message || e.code)
            parts.push(e.message ?? e.code ?? '');
    return parts.filter(Boolean).join(': ');
}
const TOKEN_ADVICE = {
    'action-input': {
        invalid: 'The token is invalid or expired: check the `token` input (secrets are not available to workflows triggered from forks).',
        weak: (needs) => `The token lacks permission: add \`${needs}\` to the workflow's \`permissions:\` block (for another repository use a GitHub App token that is installed there).`,
    },
    'cli-environment': {
        invalid: 'The token in GITHUB_TOKEN is invalid or expired: export a valid one (for example `export GITHUB_TOKEN=$(gh auth token)`).',
        weak: (needs) => `The token in GITHUB_TOKEN lacks permission: use a token whose access to the repository includes \`${needs}\` (a fine-grained token's repository permissions, or a classic token's \`repo\` scope).`,
    },
};
/** Error codes that mean the connection was never made, in words. */
const NETWORK_CODES = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'the host name does not resolve (DNS)',
    EAI_AGAIN: 'the host name could not be resolved (DNS, temporary failure)',
    ENETUNREACH: 'the network is unreachable',
    EHOSTUNREACH: 'the host is unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
};
function hostOf(error) {
    try {
        return new URL(error.request.url).host;
    }
    catch {
        return 'the API host';
    }
}
/** A POST that creates something (not a GraphQL query, not a read): never repeated automatically (see isRetrySafe). */
function isCreatingPost(error) {
    return error.request.method.toUpperCase() === 'POST' && !error.request.url.endsWith('/graphql') && !error.request.url.endsWith('/generate-notes');
}
/** A request that got no HTTP answer: named as a network failure with the host, never as "GitHub answered 500". */
function explainNetworkFailure(error, operation) {
    const host = hostOf(error);
    const code = networkErrorCode(error) ?? '';
    const known = NETWORK_CODES[code];
    if (known) {
        return new UserError('network', `${operation} failed: a network failure, not an answer from GitHub — ${host}: ${known} (${code}), also on a second try. Check the API address (GITHUB_API_URL) and the network of the machine running this, then re-run.`, { cause: error });
    }
    const lost = `the connection to ${host} broke before an answer arrived (${code || error.message})`;
    return new UserError('network', isCreatingPost(error)
        ? `${operation} failed: a network failure — ${lost}. GitHub may have made the change; it is not sent twice (that could duplicate it). Re-run the job: the next run finds what was made.`
        : `${operation} failed: a network failure — ${lost}, also after retries. Re-run the job.`, { cause: error });
}
/**
 * Explains an API failure: what was being done, what GitHub said, and what to change.
 * `needs` names the workflow permission that operation requires (e.g. "pull-requests: write").
 */
function explainApiError(error, operation, needs, tokenSource = 'action-input') {
    if (!(error instanceof RequestError))
        return error instanceof Error ? error : new Error(errorMessage(error));
    if (isNetworkFailure(error))
        return explainNetworkFailure(error, operation);
    const message = apiMessageOf(error);
    const said = `GitHub answered ${error.status}: ${message}`;
    const token = TOKEN_ADVICE[tokenSource];
    let advice;
    switch (error.status) {
        case 401:
            advice = token.invalid;
            break;
        case 403:
            if (/not permitted to create or approve pull requests/i.test(message)) {
                advice =
                    'Enable "Allow GitHub Actions to create and approve pull requests" in the repository (or organization) Settings → Actions → General, or pass a GitHub App token.';
            }
            else if (/rate limit/i.test(message)) {
                advice = 'The API rate limit was exhausted even after retries; re-run the job later or use a GitHub App token (higher limits).';
            }
            else {
                advice = token.weak(needs);
            }
            break;
        case 404:
            advice = `Not found: check the repository and names, and that the token can see them (a 404 can also mean the token lacks \`${needs}\`).`;
            break;
        case 409:
            advice = 'The repository is empty or in a conflicting state; retry after the conflicting change settles.';
            break;
        case 422:
            advice = 'GitHub refused the change as invalid; the message above says why.';
            break;
        default:
            advice =
                error.status >= 500
                    ? isCreatingPost(error)
                        ? 'GitHub may have made the change all the same; it is not sent twice (that could duplicate it). Re-run the job: the next run finds what was made.'
                        : 'GitHub had a server error that persisted after retries; re-run the job.'
                    : 'See the message above.';
    }
    return new GitHubError(error.status, message, `${operation} failed. ${said}. ${advice}`);
}
/**
 * The one sentence for a repository that cannot be read: GitHub answers 404 both for a repository that
 * does not exist and for one the token may not see, so it names both.
 */
function repositoryNotReachable(r, tokenSource = 'action-input') {
    const check = tokenSource === 'cli-environment' ? 'the --repo option and the token in GITHUB_TOKEN' : 'the repository name and the token';
    return new UserError('not-found', `Repository ${repoName(r)} is not reachable with this token (GitHub answers 404 for a repository that does not exist and for one the token cannot see): check ${check}.`);
}

;// CONCATENATED MODULE: ./shared/github/convert.ts
const labelNames = (labels) => (labels ?? []).map((l) => (typeof l === 'string' ? l : String(l.name)));
function toPullRequest(p) {
    return {
        number: p.number,
        title: p.title ?? '',
        body: p.body ?? '',
        state: p.state,
        draft: Boolean(p.draft),
        merged: Boolean(p.merged ?? p.merged_at),
        mergedAt: p.merged_at ?? null,
        mergeCommitSha: p.merge_commit_sha ?? null,
        author: p.user?.login ?? '',
        headRef: p.head?.ref ?? '',
        headSha: p.head?.sha ?? '',
        headRepo: p.head?.repo?.full_name ?? null,
        baseRef: p.base?.ref ?? '',
        baseSha: p.base?.sha ?? '',
        labels: labelNames(p.labels),
        milestone: p.milestone ? { number: p.milestone.number, title: p.milestone.title } : null,
        assignees: (p.assignees ?? []).map((a) => a.login),
        htmlUrl: p.html_url ?? '',
        createdAt: p.created_at ?? '',
        ...(p.node_id ? { nodeId: p.node_id } : {}),
    };
}
function toIssue(i) {
    return {
        number: i.number,
        title: i.title ?? '',
        body: i.body ?? '',
        state: i.state,
        labels: labelNames(i.labels),
        author: i.user?.login ?? '',
        htmlUrl: i.html_url ?? '',
        isPullRequest: Boolean(i.pull_request),
        milestone: i.milestone ? { number: i.milestone.number, title: i.milestone.title } : null,
    };
}
function toCommit(c) {
    return {
        sha: c.sha,
        message: c.commit?.message ?? c.message ?? '',
        parents: (c.parents ?? []).map((p) => p.sha),
        author: c.author?.login ?? c.commit?.author?.name ?? null,
        date: c.commit?.committer?.date ?? c.commit?.author?.date ?? null,
        ...(c.commit?.tree?.sha ? { tree: c.commit.tree.sha } : {}),
    };
}
function toRelease(r) {
    return {
        id: r.id,
        tagName: r.tag_name,
        name: r.name ?? '',
        body: r.body ?? '',
        draft: Boolean(r.draft),
        prerelease: Boolean(r.prerelease),
        targetCommitish: r.target_commitish ?? '',
        htmlUrl: r.html_url ?? '',
        publishedAt: r.published_at ?? null,
        createdAt: r.created_at ?? '',
        author: r.author?.login ?? '',
        immutable: Boolean(r.immutable),
    };
}
function toMilestone(m) {
    return {
        number: m.number,
        title: m.title,
        state: m.state,
        htmlUrl: m.html_url ?? '',
        openIssues: m.open_issues ?? 0,
        closedIssues: m.closed_issues ?? 0,
        dueOn: m.due_on ?? null,
    };
}
/**
 * Every GitHub operation the suite performs, in one place. Reads that may legitimately find
 * nothing return `null`; every failure is explained by `explainApiError`.
 */
/* eslint-enable @typescript-eslint/no-explicit-any */

;// CONCATENATED MODULE: ./shared/github/port/base.ts
// The port's foundation: the Octokit it sends through, the request count, the dry-run guard, and the one way every call's failure is explained.




class PortBase {
    octokit;
    logger;
    /** Counts requests made through this port (for budgets and job summaries). */
    requestCount = 0;
    /** When true (dry-run), any write request is refused before it leaves the process. */
    readOnly;
    /** Where the token came from: advice about a bad token names the `token` input or GITHUB_TOKEN. */
    tokenSource;
    constructor(octokit, logger, options = {}) {
        this.octokit = octokit;
        this.logger = logger;
        this.readOnly = options.readOnly ?? false;
        this.tokenSource = options.tokenSource ?? 'action-input';
        octokit.hook.before('request', (request) => {
            this.requestCount += 1;
            if (this.readOnly && request.method !== 'GET' && request.method !== 'HEAD' && !isGraphqlQuery(request)) {
                throw new Error(`Dry run: refused to send ${request.method} ${request.url} (a write). This is a bug: the plan must not write.`);
            }
        });
    }
    async call(operation, needs, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw explainApiError(error, operation, needs, this.tokenSource);
        }
    }
    async maybe(operation, needs, fn) {
        try {
            return await fn();
        }
        catch (error) {
            if (error instanceof RequestError && error.status === 404)
                return null;
            throw explainApiError(error, operation, needs, this.tokenSource);
        }
    }
    // -- GraphQL -----------------------------------------------------------------------------
    async graphql(operation, query, variables) {
        try {
            return await this.octokit.graphql(query, variables);
        }
        catch (error) {
            const status = error.status;
            if (error instanceof RequestError || status)
                throw explainApiError(error, operation, 'issues: read, pull-requests: read', this.tokenSource);
            throw new UserError('state', `${operation} failed: ${errorMessage(error)}`);
        }
    }
    debug(message) {
        this.logger.debug(message);
    }
}

;// CONCATENATED MODULE: ./shared/github/port/repository.ts
// Repository, contents, commit statuses, workflow runs and deployments.




class RepositoryPort extends PortBase {
    // -- repository and contents --------------------------------------------------------------
    async getRepository(r) {
        const repository = await this.maybe(`Reading repository ${repoName(r)}`, 'contents: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner: r.owner, repo: r.repo });
            return { fullName: data.full_name, defaultBranch: data.default_branch, htmlUrl: data.html_url };
        });
        if (!repository)
            throw repositoryNotReachable(r, this.tokenSource);
        return repository;
    }
    /**
     * Throws "repository not reachable" when the repository itself cannot be read. A 404 on a branch,
     * file or tag may mean that the repository is mistyped or hidden from the token: call this before
     * reporting such a thing as missing (one request, on that error path only).
     */
    async assertReachable(r) {
        await this.getRepository(r);
    }
    async getFileContent(r, path, ref) {
        return this.maybe(`Reading ${path} from ${repoName(r)}`, 'contents: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: r.owner, repo: r.repo, path, ...(ref ? { ref } : {}) });
            if (Array.isArray(data) || data.type !== 'file') {
                throw new UserError('config', `${path} in ${repoName(r)} is not a file.`);
            }
            const file = data;
            return Buffer.from(file.content ?? '', file.encoding || 'base64').toString('utf8');
        });
    }
    // -- statuses ----------------------------------------------------------------------------
    async createStatus(r, sha, status) {
        await this.call(`Setting status "${status.context}" on ${sha.slice(0, 12)} in ${repoName(r)}`, 'statuses: write', () => this.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
            owner: r.owner,
            repo: r.repo,
            sha,
            state: status.state,
            context: status.context,
            description: status.description.slice(0, 140),
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
        }));
    }
    /** The latest status per context on a ref (GitHub's combined status). */
    async getCombinedStatuses(r, ref) {
        return this.call(`Reading statuses of ${ref.slice(0, 40)} in ${repoName(r)}`, 'statuses: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { owner: r.owner, repo: r.repo, ref, per_page: 100 });
            return data.statuses.map((s) => ({
                context: s.context,
                state: s.state,
                description: s.description ?? '',
                targetUrl: s.target_url ?? null,
            }));
        });
    }
    // -- actions and deployments -------------------------------------------------------------
    async listWorkflowRuns(r, workflowFile, filter = {}) {
        return this.call(`Listing runs of workflow ${workflowFile} in ${repoName(r)}`, 'actions: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                owner: r.owner,
                repo: r.repo,
                workflow_id: workflowFile,
                per_page: 100,
                ...(filter.headSha ? { head_sha: filter.headSha } : {}),
                ...(filter.status ? { status: filter.status } : {}),
                ...(filter.branch ? { branch: filter.branch } : {}),
            });
            return data.workflow_runs.map((w) => ({
                id: Number(w.id),
                name: w.name ?? '',
                headSha: w.head_sha,
                headBranch: w.head_branch ?? null,
                status: w.status ?? '',
                conclusion: w.conclusion ?? null,
                htmlUrl: w.html_url,
                event: w.event,
                createdAt: w.created_at,
            }));
        });
    }
    async listDeployments(r, filter) {
        return this.call(`Listing deployments of ${repoName(r)}`, 'deployments: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/deployments', { owner: r.owner, repo: r.repo, per_page: 100, ...filter });
            return data.map((d) => ({ id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: d.created_at }));
        });
    }
    async listDeploymentStates(r, id) {
        return this.call(`Reading statuses of deployment ${id} in ${repoName(r)}`, 'deployments: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                owner: r.owner,
                repo: r.repo,
                deployment_id: id,
                per_page: 100,
            });
            return data.map((s) => s.state);
        });
    }
}

;// CONCATENATED MODULE: ./shared/github/port/git.ts
// Git data: refs, tags, blobs, trees, commits and comparisons.





class GitDataPort extends RepositoryPort {
    // -- refs, tags and commits ---------------------------------------------------------------
    /** `ref` without the `refs/` prefix, e.g. `heads/main` or `tags/v1.2.0`. */
    async getRef(r, ref) {
        return this.maybe(`Reading ref ${ref} of ${repoName(r)}`, 'contents: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: r.owner, repo: r.repo, ref });
            return { ref: data.ref, sha: data.object.sha, type: data.object.type };
        });
    }
    async getBranchSha(r, branch) {
        return (await this.getRef(r, `heads/${branch}`))?.sha ?? null;
    }
    /**
     * The status checks a branch requires before a pull request may merge: classic branch protection
     * (shown by GET branches/{branch} to anyone who can read the repository) and repository or
     * organization rulesets (GET rules/branches/{branch}, every active rule that applies to it).
     */
    async requiredChecks(r, branch) {
        return this.call(`Reading the required checks of ${branch} in ${repoName(r)}`, 'contents: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', { owner: r.owner, repo: r.repo, branch });
            const checks = new Set(data.protection?.enabled ? (data.protection.required_status_checks?.contexts ?? []) : []);
            const rules = await this.octokit.paginate('GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner: r.owner, repo: r.repo, branch, per_page: 100 });
            for (const rule of rules) {
                if (rule.type !== 'required_status_checks')
                    continue;
                const params = rule.parameters;
                for (const c of params?.required_status_checks ?? [])
                    checks.add(c.context);
            }
            return [...checks];
        });
    }
    /** GitHub's auto-merge: the pull request merges by itself once its required checks and reviews pass. */
    async enableAutoMerge(r, number, nodeId, method) {
        await this.graphql(`Enabling auto-merge on #${number} of ${repoName(r)}`, 
        // @octokit/graphql refuses the variable names `method`, `query` and `url`: they are its own options.
        `mutation EnableAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
        enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number autoMergeRequest { mergeMethod } } }
      }`, { id: nodeId, mergeMethod: method.toUpperCase() });
    }
    /** All refs starting with `prefix` (e.g. `tags/v3.`), every page. */
    async listMatchingRefs(r, prefix) {
        return this.call(`Listing refs ${prefix}* of ${repoName(r)}`, 'contents: read', async () => {
            // Not in the pagination plugin's list of endpoints, so its item type is given here.
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
                owner: r.owner,
                repo: r.repo,
                ref: prefix,
                per_page: 100,
            });
            return data.map((d) => ({ ref: d.ref, sha: d.object.sha, type: d.object.type }));
        });
    }
    /** `ref` is the full name, e.g. `refs/tags/v1.2.0`. */
    async createRef(r, ref, sha) {
        await this.call(`Creating ${ref} at ${sha.slice(0, 12)} in ${repoName(r)}`, 'contents: write', () => this.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: r.owner, repo: r.repo, ref, sha }));
    }
    /** `ref` without `refs/`, e.g. `heads/portal-release/rc`. */
    async updateRef(r, ref, sha, force) {
        await this.call(`Moving ${ref} to ${sha.slice(0, 12)} in ${repoName(r)}`, 'contents: write', () => this.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner: r.owner, repo: r.repo, ref, sha, force }));
    }
    async deleteRef(r, ref) {
        await this.call(`Deleting ${ref} in ${repoName(r)}`, 'contents: write', () => this.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner: r.owner, repo: r.repo, ref }));
    }
    /** Creates an annotated tag object (not yet a ref) and returns its SHA. */
    async createTagObject(r, tag, sha, message) {
        return this.call(`Creating tag object ${tag} in ${repoName(r)}`, 'contents: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/tags', {
                owner: r.owner,
                repo: r.repo,
                tag,
                message,
                object: sha,
                type: 'commit',
            });
            return data.sha;
        });
    }
    /** Stores bytes as a blob (sent as Base64, so binary content survives) and returns its SHA. */
    async createBlob(r, content) {
        return this.call(`Creating a blob in ${repoName(r)}`, 'contents: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
                owner: r.owner,
                repo: r.repo,
                content: content.toString('base64'),
                encoding: 'base64',
            });
            return data.sha;
        });
    }
    /** A tree: `baseTree` with `entries` set at their paths (a null SHA deletes the path); returns its SHA. */
    async createTree(r, baseTree, entries) {
        return this.call(`Creating a tree in ${repoName(r)}`, 'contents: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/trees', { owner: r.owner, repo: r.repo, base_tree: baseTree, tree: entries });
            return data.sha;
        });
    }
    /**
     * A commit object (no ref moves). Author and committer are left to GitHub on purpose: only then
     * does GitHub sign a commit made with a GitHub App's token (docs: "Signature verification for bots").
     */
    async createCommit(r, commit) {
        return this.call(`Creating a commit in ${repoName(r)}`, 'contents: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/commits', { owner: r.owner, repo: r.repo, ...commit });
            return { sha: data.sha, verified: data.verification?.verified ?? false, reason: data.verification?.reason ?? 'unsigned' };
        });
    }
    async getTagObject(r, sha) {
        return this.call(`Reading tag object ${sha.slice(0, 12)} in ${repoName(r)}`, 'contents: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner: r.owner, repo: r.repo, tag_sha: sha });
            return { sha: data.sha, tag: data.tag, message: data.message, targetSha: data.object.sha, targetType: data.object.type };
        });
    }
    /**
     * The commit a ref names, the one way every action peels a tag: a lightweight tag costs nothing, an
     * annotated tag one request per tag object (a tag of a tag too, up to 5 deep); a ref to a tree or
     * a blob is refused.
     */
    async peelRef(r, ref) {
        let sha = ref.sha;
        let type = ref.type;
        for (let depth = 0; type === 'tag' && depth < 5; depth += 1) {
            const object = await this.getTagObject(r, sha);
            sha = object.targetSha;
            type = object.targetType;
        }
        if (type !== 'commit')
            throw new UserError('state', `${ref.ref} in ${repoName(r)} does not name a commit (it names a ${type}).`);
        return sha;
    }
    /** Resolves a tag to the commit it names (null when there is no such tag). */
    async resolveTag(r, tag) {
        const ref = await this.getRef(r, `tags/${tag}`);
        if (!ref)
            return null;
        return { commitSha: await this.peelRef(r, ref), annotated: ref.type === 'tag' };
    }
    async getCommit(r, ref) {
        return this.maybe(`Reading commit ${ref} of ${repoName(r)}`, 'contents: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: r.owner, repo: r.repo, ref, per_page: 1 });
            return toCommit(data);
        });
    }
    /** Compares `base...head` (three dots: what head has that base lacks). */
    async compare(r, base, head) {
        return this.call(`Comparing ${base}...${head} in ${repoName(r)}`, 'contents: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
                owner: r.owner,
                repo: r.repo,
                basehead: `${base}...${head}`,
                per_page: 100,
            });
            return {
                status: data.status,
                aheadBy: data.ahead_by,
                behindBy: data.behind_by,
                totalCommits: data.total_commits,
                commits: data.commits.map(toCommit),
                mergeBaseSha: data.merge_base_commit.sha,
            };
        });
    }
    /**
     * Compares `base...head` with the changed files (blob SHA per path, at most 300 files as GitHub
     * caps them) and, unless `commits` is 'first-page', EVERY commit of the range: paged 100 at a time
     * up to `total_commits`. GitHub's rules (OpenAPI description of this endpoint): without `per_page`
     * or `page` the list is cut at 250 commits; with them it pages (at most 100 per page, oldest first)
     * and the files come only with the first page. A range that cannot be read whole (more than
     * MAX_COMPARE_COMMITS, or pages that end early) fails rather than being silently cut.
     */
    async compareWithFiles(r, base, head, commits = 'all') {
        return this.call(`Comparing ${base}...${head} in ${repoName(r)}`, 'contents: read', async () => {
            const params = { owner: r.owner, repo: r.repo, basehead: `${base}...${head}`, per_page: 100 };
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...params, page: 1 });
            const list = data.commits.map(toCommit);
            if (commits === 'all') {
                if (data.total_commits > MAX_COMPARE_COMMITS)
                    throw incompleteRange(r, base, head, data.total_commits, list.length);
                for (let page = 2; list.length < data.total_commits; page++) {
                    const next = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...params, page });
                    if (next.data.commits.length === 0)
                        throw incompleteRange(r, base, head, data.total_commits, list.length);
                    list.push(...next.data.commits.map(toCommit));
                }
            }
            return {
                status: data.status,
                aheadBy: data.ahead_by,
                behindBy: data.behind_by,
                totalCommits: data.total_commits,
                commits: list,
                mergeBaseSha: data.merge_base_commit.sha,
                mergeBaseDate: data.merge_base_commit.commit?.committer?.date ?? data.merge_base_commit.commit?.author?.date ?? null,
                files: (data.files ?? []).map((f) => ({ filename: f.filename, previousFilename: f.previous_filename ?? null, status: f.status, sha: f.sha ?? null })),
            };
        });
    }
}

;// CONCATENATED MODULE: ./shared/github/port/pulls.ts
// Pull requests, their files, commits and reviews.



class PullRequestsPort extends GitDataPort {
    // -- pull requests ------------------------------------------------------------------------
    async listPullRequests(r, filter = {}) {
        return this.call(`Listing pull requests of ${repoName(r)}`, 'pull-requests: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls', {
                owner: r.owner,
                repo: r.repo,
                state: filter.state ?? 'open',
                ...(filter.base ? { base: filter.base } : {}),
                ...(filter.head ? { head: filter.head } : {}),
                per_page: 100,
            });
            return data.map(toPullRequest);
        });
    }
    /** Closed pull requests into `base`, most recently updated first, paging only until they were last updated before `since`. */
    async listClosedPullRequestsSince(r, base, since) {
        return this.call(`Listing closed pull requests into ${base} of ${repoName(r)}`, 'pull-requests: read', async () => {
            const out = [];
            const params = { owner: r.owner, repo: r.repo, state: 'closed', base, sort: 'updated', direction: 'desc', per_page: 100 };
            for await (const page of this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', params)) {
                const prs = page.data.map(toPullRequest);
                out.push(...prs);
                const oldest = page.data[page.data.length - 1];
                if (!oldest || Date.parse(oldest.updated_at) < since.getTime())
                    break;
            }
            return out;
        });
    }
    /** Pull requests updated since `since`, most recently updated first: stops paging once a page reaches older ones. */
    async listPullRequestsUpdatedSince(r, since, filter = {}) {
        return this.call(`Listing pull requests of ${repoName(r)}`, 'pull-requests: read', async () => {
            const out = [];
            const params = { owner: r.owner, repo: r.repo, state: filter.state ?? 'all', sort: 'updated', direction: 'desc', per_page: 100 };
            for await (const page of this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', {
                ...params,
                ...(filter.base ? { base: filter.base } : {}),
            })) {
                const updated = page.data.map((p) => Date.parse(p.updated_at));
                out.push(...page.data.filter((_p, i) => updated[i] >= since.getTime()).map(toPullRequest));
                if (!updated.length || updated[updated.length - 1] < since.getTime())
                    break;
            }
            return out;
        });
    }
    async getPullRequest(r, number) {
        return this.call(`Reading pull request #${number} of ${repoName(r)}`, 'pull-requests: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: r.owner, repo: r.repo, pull_number: number });
            return toPullRequest(data);
        });
    }
    async createPullRequest(r, pr) {
        return this.call(`Creating pull request ${pr.head} → ${pr.base} in ${repoName(r)}`, 'pull-requests: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/pulls', {
                owner: r.owner,
                repo: r.repo,
                title: pr.title,
                head: pr.head,
                base: pr.base,
                body: pr.body,
                draft: pr.draft ?? false,
                maintainer_can_modify: false,
            });
            return toPullRequest(data);
        });
    }
    async updatePullRequest(r, number, changes) {
        return this.call(`Updating pull request #${number} of ${repoName(r)}`, 'pull-requests: write', async () => {
            const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner: r.owner,
                repo: r.repo,
                pull_number: number,
                ...changes,
            });
            return toPullRequest(data);
        });
    }
    /** Changed file paths of a pull request (at most 3,000, GitHub's limit). */
    async listPullRequestFiles(r, number) {
        return this.call(`Listing files of pull request #${number} of ${repoName(r)}`, 'pull-requests: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
                owner: r.owner,
                repo: r.repo,
                pull_number: number,
                per_page: 100,
            });
            return data.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
        });
    }
    async listPullRequestCommits(r, number) {
        return this.call(`Listing commits of pull request #${number} of ${repoName(r)}`, 'pull-requests: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
                owner: r.owner,
                repo: r.repo,
                pull_number: number,
                per_page: 100,
            });
            return data.map(toCommit);
        });
    }
    async listReviews(r, number) {
        return this.call(`Listing reviews of pull request #${number} of ${repoName(r)}`, 'pull-requests: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
                owner: r.owner,
                repo: r.repo,
                pull_number: number,
                per_page: 100,
            });
            return data.map((v) => ({ id: v.id, author: v.user?.login ?? '', state: v.state, commitId: v.commit_id ?? null, submittedAt: v.submitted_at ?? null }));
        });
    }
    async requestReviewers(r, number, reviewers, teamReviewers = []) {
        if (reviewers.length === 0 && teamReviewers.length === 0)
            return;
        await this.call(`Requesting reviewers on #${number} of ${repoName(r)}`, 'pull-requests: write', () => this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: r.owner,
            repo: r.repo,
            pull_number: number,
            reviewers,
            team_reviewers: teamReviewers,
        }));
    }
    async listPullRequestsForCommit(r, sha) {
        return this.call(`Finding pull requests of commit ${sha.slice(0, 12)} in ${repoName(r)}`, 'pull-requests: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
                owner: r.owner,
                repo: r.repo,
                commit_sha: sha,
                per_page: 100,
            });
            return data.map(toPullRequest);
        });
    }
}

;// CONCATENATED MODULE: ./shared/github/port/issues.ts
// Issues, comments, labels, events, milestones and permissions.



class IssuesPort extends PullRequestsPort {
    // -- issues, comments, labels, milestones -------------------------------------------------
    async getIssue(r, number) {
        return this.call(`Reading issue #${number} of ${repoName(r)}`, 'issues: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: r.owner, repo: r.repo, issue_number: number });
            return toIssue(data);
        });
    }
    async listIssues(r, filter = {}) {
        return this.call(`Listing issues of ${repoName(r)}`, 'issues: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
                owner: r.owner,
                repo: r.repo,
                state: filter.state ?? 'open',
                ...(filter.labels?.length ? { labels: filter.labels.join(',') } : {}),
                ...(filter.milestone ? { milestone: filter.milestone } : {}),
                ...(filter.creator ? { creator: filter.creator } : {}),
                per_page: 100,
            });
            return data.map(toIssue);
        });
    }
    async createIssue(r, issue) {
        return this.call(`Creating issue "${issue.title}" in ${repoName(r)}`, 'issues: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', { owner: r.owner, repo: r.repo, ...issue });
            return toIssue(data);
        });
    }
    async updateIssue(r, number, changes) {
        return this.call(`Updating issue #${number} of ${repoName(r)}`, 'issues: write', async () => {
            const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                owner: r.owner,
                repo: r.repo,
                issue_number: number,
                ...changes,
            });
            return toIssue(data);
        });
    }
    /** Sets labels (replacing them), milestone and assignees of an issue or PR in one request; empty changes send nothing. */
    async setIssueMetadata(r, number, changes) {
        const body = {
            ...(changes.labels?.length ? { labels: changes.labels } : {}),
            ...(changes.milestone ? { milestone: changes.milestone } : {}),
            ...(changes.assignees?.length ? { assignees: changes.assignees } : {}),
        };
        if (Object.keys(body).length === 0)
            return;
        await this.call(`Setting labels, milestone and assignees of #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', () => this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner: r.owner, repo: r.repo, issue_number: number, ...body }));
    }
    async listComments(r, number) {
        return this.call(`Listing comments of #${number} of ${repoName(r)}`, 'issues: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: r.owner,
                repo: r.repo,
                issue_number: number,
                per_page: 100,
            });
            return data.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '', htmlUrl: c.html_url }));
        });
    }
    async createComment(r, number, body) {
        return this.call(`Commenting on #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: r.owner,
                repo: r.repo,
                issue_number: number,
                body,
            });
            // GitHub's description types 64-bit ids as number | bigint; JSON gives numbers, exact below 2^53.
            return { id: Number(data.id), body: data.body ?? '', author: data.user?.login ?? '', htmlUrl: data.html_url };
        });
    }
    async updateComment(r, id, body) {
        await this.call(`Updating comment ${id} in ${repoName(r)}`, 'issues: write (or pull-requests: write)', () => this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: r.owner, repo: r.repo, comment_id: id, body }));
    }
    async deleteComment(r, id) {
        await this.call(`Deleting comment ${id} in ${repoName(r)}`, 'issues: write (or pull-requests: write)', () => this.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: r.owner, repo: r.repo, comment_id: id }));
    }
    async listIssueEvents(r, number) {
        return this.call(`Listing events of #${number} of ${repoName(r)}`, 'issues: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
                owner: r.owner,
                repo: r.repo,
                issue_number: number,
                per_page: 100,
            });
            return data.map((e) => ({ event: e.event, actor: e.actor?.login ?? '', label: e.label?.name ?? null, createdAt: e.created_at }));
        });
    }
    async addLabels(r, number, labels) {
        if (labels.length === 0)
            return;
        await this.call(`Labelling #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', () => this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { owner: r.owner, repo: r.repo, issue_number: number, labels }));
    }
    async removeLabel(r, number, label) {
        await this.maybe(`Removing label "${label}" from #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', () => this.octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
            owner: r.owner,
            repo: r.repo,
            issue_number: number,
            name: label,
        }));
    }
    async addAssignees(r, number, assignees) {
        if (assignees.length === 0)
            return;
        await this.call(`Assigning #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', () => this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', { owner: r.owner, repo: r.repo, issue_number: number, assignees }));
    }
    async listMilestones(r, state = 'all') {
        return this.call(`Listing milestones of ${repoName(r)}`, 'issues: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/milestones', { owner: r.owner, repo: r.repo, state, per_page: 100 });
            return data.map(toMilestone);
        });
    }
    async createMilestone(r, title, description = '') {
        return this.call(`Creating milestone "${title}" in ${repoName(r)}`, 'issues: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/milestones', { owner: r.owner, repo: r.repo, title, description });
            return toMilestone(data);
        });
    }
    async closeMilestone(r, number) {
        await this.call(`Closing milestone ${number} of ${repoName(r)}`, 'issues: write', () => this.octokit.request('PATCH /repos/{owner}/{repo}/milestones/{milestone_number}', {
            owner: r.owner,
            repo: r.repo,
            milestone_number: number,
            state: 'closed',
        }));
    }
    /** The caller's role on the repository: admin, maintain, write, triage, read or none. */
    async getPermission(r, user) {
        const result = await this.maybe(`Reading ${user}'s permission on ${repoName(r)}`, 'metadata: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
                owner: r.owner,
                repo: r.repo,
                username: user,
            });
            const role = data.role_name ?? data.permission;
            return (['admin', 'maintain', 'write', 'triage', 'read'].includes(role) ? role : data.permission);
        });
        return result ?? 'none';
    }
}

;// CONCATENATED MODULE: ./shared/github/port/releases.ts
// Releases and their notes.



class ReleasesPort extends IssuesPort {
    // -- releases ----------------------------------------------------------------------------
    async listReleases(r) {
        return this.call(`Listing releases of ${repoName(r)}`, 'contents: read', async () => {
            const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/releases', { owner: r.owner, repo: r.repo, per_page: 100 });
            return data.map(toRelease);
        });
    }
    /** Releases created since `since`, newest first: stops paging once a page reaches older ones. */
    async listReleasesSince(r, since) {
        return this.call(`Listing releases of ${repoName(r)}`, 'contents: read', async () => {
            const out = [];
            for await (const page of this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/releases', { owner: r.owner, repo: r.repo, per_page: 100 })) {
                const releases = page.data.map(toRelease);
                out.push(...releases);
                const oldest = releases[releases.length - 1];
                if (!oldest || Date.parse(oldest.createdAt) < since.getTime())
                    break;
            }
            return out;
        });
    }
    /** The release GitHub shows as "Latest" (null when there is none). */
    async getLatestRelease(r) {
        return this.maybe(`Reading the latest release of ${repoName(r)}`, 'contents: read', async () => {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/releases/latest', { owner: r.owner, repo: r.repo });
            return toRelease(data);
        });
    }
    async createRelease(r, release) {
        return this.call(`Creating release ${release.tagName} in ${repoName(r)}`, 'contents: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/releases', {
                owner: r.owner,
                repo: r.repo,
                tag_name: release.tagName,
                name: release.name,
                body: release.body,
                draft: release.draft ?? false,
                prerelease: release.prerelease,
                // GitHub ignores make_latest on a draft ("drafts and prereleases cannot be set as latest"): it is sent when publishing.
                ...(release.makeLatest === undefined ? {} : { make_latest: release.makeLatest ? 'true' : 'false' }),
                ...(release.targetCommitish ? { target_commitish: release.targetCommitish } : {}),
            });
            return toRelease(data);
        });
    }
    async updateRelease(r, id, changes) {
        return this.call(`Updating release ${id} in ${repoName(r)}`, 'contents: write', async () => {
            const { makeLatest, tagName, ...rest } = changes;
            const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
                owner: r.owner,
                repo: r.repo,
                release_id: id,
                ...rest,
                ...(tagName ? { tag_name: tagName } : {}),
                ...(makeLatest === undefined ? {} : { make_latest: makeLatest ? 'true' : 'false' }),
            });
            return toRelease(data);
        });
    }
    async deleteRelease(r, id) {
        await this.call(`Deleting release ${id} in ${repoName(r)}`, 'contents: write', () => this.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner: r.owner, repo: r.repo, release_id: id }));
    }
    /** GitHub's own release notes, from an explicit previous tag (never GitHub's guess). */
    async generateReleaseNotes(r, notes) {
        return this.call(`Generating release notes for ${notes.tagName} in ${repoName(r)}`, 'contents: write', async () => {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
                owner: r.owner,
                repo: r.repo,
                tag_name: notes.tagName,
                target_commitish: notes.targetCommitish,
                ...(notes.previousTagName ? { previous_tag_name: notes.previousTagName } : {}),
                ...(notes.configurationFilePath ? { configuration_file_path: notes.configurationFilePath } : {}),
            });
            return { name: data.name, body: data.body };
        });
    }
}

;// CONCATENATED MODULE: ./shared/github/port.ts
// The port: every GitHub read and write the actions make, each explained when it fails. One class for the
// actions to receive, assembled by resource (port/base.ts → repository.ts → git.ts → pulls.ts → issues.ts →
// releases.ts, each extending the one before); a method lives in the file of the resource it reads or writes.

class GitHub extends ReleasesPort {
}

;// CONCATENATED MODULE: ./shared/github/index.ts
// The GitHub port and what goes with it: the one module the actions import.






;// CONCATENATED MODULE: ./shared/trigger.ts

function object(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function trigger_text(value) {
    return typeof value === 'string' ? value : '';
}
function integer(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}
/** The event name an event file implies, for the CLI's `--event-file` without `--event`. */
function guessEventName(payload) {
    if (payload.merge_group)
        return 'merge_group';
    if (payload.comment && payload.issue)
        return 'issue_comment';
    if (payload.review && payload.pull_request)
        return 'pull_request_review';
    if (payload.pull_request)
        return 'pull_request';
    if (payload.workflow_run)
        return 'workflow_run';
    if (typeof payload.ref === 'string' && typeof payload.after === 'string')
        return 'push';
    if (typeof payload.schedule === 'string')
        return 'schedule';
    return 'workflow_dispatch';
}
/** Parses the event payload of `event` into its trigger; `ref`/`sha` are the runner's GITHUB_REF/GITHUB_SHA. */
function parseTrigger(event, payload, fallback = { ref: '', sha: '' }) {
    const action = trigger_text(payload.action);
    const pull = object(payload.pull_request);
    if (event.startsWith('pull_request') && pull && integer(pull.number)) {
        return { kind: 'pull_request', event, action, pull: toPullRequest(pull) };
    }
    if (event === 'merge_group') {
        const group = object(payload.merge_group);
        if (group) {
            return {
                kind: 'merge_group',
                event,
                headSha: trigger_text(group.head_sha),
                headRef: trigger_text(group.head_ref),
                baseRef: trigger_text(group.base_ref).replace(/^refs\/heads\//, ''),
                baseSha: trigger_text(group.base_sha),
            };
        }
    }
    if (event === 'push') {
        return { kind: 'push', event, ref: trigger_text(payload.ref) || fallback.ref, after: trigger_text(payload.after) || fallback.sha };
    }
    if (event === 'workflow_run') {
        const run = object(payload.workflow_run);
        if (run) {
            return {
                kind: 'workflow_run',
                event,
                run: {
                    id: integer(run.id),
                    event: trigger_text(run.event),
                    headSha: trigger_text(run.head_sha),
                    headBranch: typeof run.head_branch === 'string' ? run.head_branch : null,
                    headRepository: trigger_text(object(run.head_repository)?.full_name),
                },
            };
        }
    }
    if (event === 'issue_comment') {
        const issue = object(payload.issue);
        const comment = object(payload.comment);
        const number = integer(issue?.number);
        const id = integer(comment?.id);
        return {
            kind: 'issue_comment',
            event,
            action,
            issue: issue && number ? { number, isPullRequest: Boolean(issue.pull_request) } : null,
            comment: comment && id ? { id, body: trigger_text(comment.body), login: trigger_text(object(comment.user)?.login) } : null,
        };
    }
    return { kind: 'other', event };
}
/** The repository's default branch as the event names it (no request), when it does. */
function payloadDefaultBranch(payload) {
    return trigger_text(object(payload.repository)?.default_branch) || undefined;
}

;// CONCATENATED MODULE: ./shared/context.ts



function repoName(r) {
    return `${r.owner}/${r.repo}`;
}
const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** Parses "owner/name", refusing anything that is not a plain repository name. */
function parseRepo(value, where = 'repository') {
    const text = value.trim();
    if (!REPO_PATTERN.test(text) || text.endsWith('/.') || text.endsWith('/..')) {
        throw new UserError('input', `${where}: "${value}" is not a repository name of the form owner/name.`);
    }
    const [owner, repo] = text.split('/');
    return { owner, repo };
}
function contextFromEnv(env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!repository) {
        throw new UserError('input', 'GITHUB_REPOSITORY is not set: run this inside GitHub Actions, or pass --repo owner/name to the CLI.');
    }
    const repo = parseRepo(repository, 'GITHUB_REPOSITORY');
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(eventPath, 'utf8'));
        }
        catch (error) {
            throw new UserError('input', `Could not read the event payload at GITHUB_EVENT_PATH: ${error.message}`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const graphqlUrl = (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    // Without GITHUB_EVENT_NAME (the CLI given only an event file) the payload's shape says which event it is.
    const eventName = env.GITHUB_EVENT_NAME || (eventPath ? guessEventName(payload) : 'workflow_dispatch');
    const sha = env.GITHUB_SHA ?? '';
    const ref = env.GITHUB_REF ?? '';
    return {
        repo,
        eventName,
        trigger: parseTrigger(eventName, payload, { ref, sha }),
        defaultBranch: payloadDefaultBranch(payload),
        sha,
        ref,
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl,
        apiUrl,
        graphqlUrl,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : `${serverUrl}/${repository}`,
    };
}

;// CONCATENATED MODULE: ./shared/inputs.ts

/** The runner's contract: input `dry-run` arrives as INPUT_DRY-RUN (spaces become `_`, hyphens stay). */
function envInputSource(env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
function mapInputSource(values) {
    return (name) => values[name];
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/**
 * Parses inputs once, at the boundary, into typed values. Every method names the input in its
 * error and says what would have been valid.
 */
class InputReader {
    source;
    constructor(source) {
        this.source = source;
    }
    raw(name) {
        return (this.source(name) ?? '').trim();
    }
    string(name, options = {}) {
        const value = this.raw(name);
        if (value === '') {
            if (options.required)
                throw inputError(name, "is required but was empty. Set it in the step's `with:` block.");
            return options.default ?? '';
        }
        return value;
    }
    optional(name) {
        const value = this.raw(name);
        return value === '' ? undefined : value;
    }
    boolean(name, fallback) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw inputError(name, `"${value}" is not a boolean. Valid values are: [true, false].`);
    }
    enumeration(name, values, fallback) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        if (values.includes(value))
            return value;
        throw inputError(name, `"${value}" is not valid. Valid values are: [${values.join(', ')}].`);
    }
    integer(name, options = {}) {
        const value = this.raw(name);
        if (value === '')
            return undefined;
        if (!/^-?\d+$/.test(value))
            throw inputError(name, `"${value}" is not a whole number.`);
        const n = Number.parseInt(value, 10);
        if (options.min !== undefined && n < options.min)
            throw inputError(name, `${n} is below the minimum ${options.min}.`);
        if (options.max !== undefined && n > options.max)
            throw inputError(name, `${n} is above the maximum ${options.max}.`);
        return n;
    }
    /** A list separated by commas and/or newlines; empty items are dropped. */
    list(name) {
        return this.raw(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    }
    /** An ISO-8601 instant such as 2026-12-01 or 2026-12-01T10:00:00Z (dates without a zone are UTC). */
    instant(name) {
        const value = this.raw(name);
        if (value === '')
            return undefined;
        const parsed = parseInstant(value);
        if (!parsed) {
            throw inputError(name, `"${value}" is not an ISO-8601 date or date-time (for example 2026-12-01 or 2026-12-01T10:00:00Z).`);
        }
        return parsed;
    }
}
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function parseInstant(value) {
    if (!ISO.test(value))
        return undefined;
    const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : /(?:Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
    const date = new Date(text.replace(' ', 'T'));
    if (Number.isNaN(date.getTime()))
        return undefined;
    // Reject impossible calendar dates such as 2026-02-31 that Date silently rolls over.
    if (date.toISOString().slice(0, 10) !== text.slice(0, 10) && /Z$/.test(text))
        return undefined;
    return date;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./shared/runner.ts
// The runner's contract, as a JavaScript action speaks it: workflow commands on stdout (`::warning
// title=…::message`, `::add-mask::`, `::group::`) and file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
//
// Why not @actions/core: it imports @actions/http-client for its OIDC helper, and that imports undici at
// load time; undici alone is most of a bundle's start-up (decision record 020). The encoding below is
// @actions/core 3's, byte for byte; runner.test.ts runs both side by side and compares what each writes.
// Formats: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands



function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,…::message`, with the runner's escaping (a message cannot start a second command). */
function formatCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    // As @actions/core: a space follows the name whenever properties were given, even if all are empty.
    return `::${name}${Object.keys(properties).length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
function issue(name, properties, message) {
    process.stdout.write(formatCommand(name, properties, message) + external_node_os_namespaceObject.EOL);
}
function annotationProperties(a) {
    if (!a || Object.keys(a).length === 0)
        return {};
    return { title: a.title, file: a.file, line: a.startLine, endLine: a.endLine, col: a.startColumn, endColumn: a.endColumn };
}
function debug(message) {
    issue('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function notice(message, annotation) {
    issue('notice', annotationProperties(annotation), message);
}
function warning(message, annotation) {
    issue('warning', annotationProperties(annotation), message);
}
function error(message, annotation) {
    issue('error', annotationProperties(annotation), message);
}
/** The runner replaces the value with *** in every later line of the log. */
function setSecret(value) {
    issue('add-mask', {}, value);
}
/** Marks the step failed (exit code 1) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
async function group(name, fn) {
    issue('group', {}, name);
    try {
        return await fn();
    }
    finally {
        issue('endgroup', {}, '');
    }
}
function appendFileCommand(variable, text) {
    const file = process.env[variable];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${variable.replace(/^GITHUB_/, '')}`);
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(file, text + external_node_os_namespaceObject.EOL, { encoding: 'utf8' });
}
/**
 * Sets a step output. On a runner it goes to the GITHUB_OUTPUT file as a heredoc whose delimiter is random,
 * so a value cannot end it early and set another output; without that file, the older stdout command.
 */
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
        if (name.includes(delimiter))
            throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
        if (value.includes(delimiter))
            throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
        appendFileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}`);
        return;
    }
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issue('set-output', { name }, value);
}
/** Appends Markdown (and a line end) to the job summary; throws when the runner gave no summary file. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        (0,external_node_fs_namespaceObject.accessSync)(file, external_node_fs_namespaceObject.constants.R_OK | external_node_fs_namespaceObject.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown + external_node_os_namespaceObject.EOL, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./shared/logger.ts

function actionsLogger() {
    return {
        debug: (m) => debug(m),
        info: (m) => info(m),
        notice: (m, a) => notice(m, a),
        warning: (m, a) => warning(m, a),
        error: (m, a) => error(m, a),
        group: (name, fn) => group(name, fn),
    };
}
/** A logger that records lines, for tests and for the CLI's --json mode. */
class MemoryLogger {
    lines = [];
    echo;
    constructor(echo) {
        this.echo = echo;
    }
    push(level, message, annotation) {
        const line = annotation ? { level, message, annotation } : { level, message };
        this.lines.push(line);
        this.echo?.(line);
    }
    debug(m) {
        this.push('debug', m);
    }
    info(m) {
        this.push('info', m);
    }
    notice(m, a) {
        this.push('notice', m, a);
    }
    warning(m, a) {
        this.push('warning', m, a);
    }
    error(m, a) {
        this.push('error', m, a);
    }
    async group(name, fn) {
        this.push('info', `▸ ${name}`);
        return fn();
    }
    text(level) {
        return this.lines
            .filter((l) => !level || l.level === level)
            .map((l) => l.message)
            .join('\n');
    }
}

;// CONCATENATED MODULE: ./shared/clock.ts
const systemClock = () => new Date();
function fixedClock(at) {
    return () => new Date(at.getTime());
}
const DAY_MS = (/* unused pure expression or super */ null && (24 * 60 * 60 * 1000));
function addDays(date, days) {
    return new Date(date.getTime() + days * DAY_MS);
}
function isoDate(date) {
    return date.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./shared/text.ts
/**
 * Untrusted text (titles, labels, branch names, logins, commit subjects, bodies) rendered into
 * comments, summaries, pull request bodies and issues. One home for the rules, so that no rendering
 * can ping people, link or embed what a title says, or inject HTML.
 */
/** GitHub's limits: 256 characters for a title, 65,536 for an issue, pull request or comment body. */
const MAX_TITLE = 256;
const MAX_BODY = 65536;
const ZWSP = '\u200b';
/** Escapes what Markdown would treat as HTML. */
function escapeHtml(text) {
    return text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}
/**
 * One line of untrusted text, safe to render inline: no HTML, no line breaks, no live @-mentions or
 * team pings (a zero-width space after `@`), no links or images (brackets escaped, URL schemes and
 * `www.` broken so they are not autolinked), and `|` escaped so it cannot break a table.
 */
function inline(text) {
    return escapeHtml(text.replace(/\s+/g, ' ').trim())
        .replace(/@/g, `@${ZWSP}`)
        .replace(/([\\[\]|])/g, '\\$1')
        .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZWSP}//`)
        .replace(/\bwww\./gi, `www${ZWSP}.`);
}
/** A list of at most `max` rendered items, ending with an explicit "… and N more" line when cut. */
function boundedList(items, max, render, what = 'more') {
    const lines = items.slice(0, max).map(render);
    if (items.length > max)
        lines.push(`- … and ${items.length - max} ${what}`);
    return lines;
}
/** A title within GitHub's limit, cut with an ellipsis. */
function boundTitle(title) {
    const chars = [...title];
    return chars.length <= MAX_TITLE ? title : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
}
/**
 * A body within GitHub's limit: whole lines are kept while they fit, and the cut is said explicitly
 * ("… and N more line(s) not shown"); `tail` (e.g. a closing note) is always kept.
 */
function boundBody(lines, tail = [], limit = MAX_BODY) {
    const end = tail.length ? `\n${tail.join('\n')}` : '';
    const full = `${lines.join('\n')}${end}`;
    if ([...full].length <= limit)
        return full;
    const kept = [];
    let size = [...end].length + 80;
    for (const line of lines) {
        const n = [...line].length + 1;
        if (size + n > limit)
            break;
        kept.push(line);
        size += n;
    }
    return `${kept.join('\n')}\n\n_… and ${lines.length - kept.length} more line(s) not shown (GitHub's ${limit}-character limit)._${end}`;
}
/** `text` as a literal inside a regular expression. */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./shared/plan.ts

/** The most steps the job summary lists; the `plan` output always has them all. */
const SUMMARY_STEPS = 100;
/**
 * The one home of dry-run: every write of every action goes through `write`, which records the step
 * and runs it only when this is not a dry run. Created once per run by the entry path (and the CLI);
 * the GitHub port's read-only mode stays underneath as the safety net.
 */
class Plan {
    dryRun;
    logger;
    recorded;
    subject;
    constructor(options, shared) {
        this.dryRun = options.dryRun;
        this.logger = options.logger;
        this.recorded = shared?.recorded ?? [];
        this.subject = shared?.subject ?? '';
    }
    /** Every step recorded so far, in order (including those recorded through `about`). */
    get entries() {
        return this.recorded;
    }
    /**
     * The same plan, each step prefixed with `subject` (the repository, when an action works across
     * several): "acme/app: create the annotated tag v1.2.0 at abc1234".
     */
    about(subject) {
        return new Plan({ dryRun: this.dryRun, logger: this.logger }, { recorded: this.recorded, subject: `${this.subject}${subject}: ` });
    }
    /**
     * Records the step `what` and, unless this is a dry run, runs `fn`. Returns fn's result, or
     * undefined in a dry run: a caller that needs the result must say what a dry run does instead.
     * When `fn` throws, the step is recorded as failed and the error goes on.
     */
    async write(what, fn) {
        const step = `${this.subject}${what}`;
        if (this.dryRun) {
            this.recorded.push({ step, status: 'planned' });
            this.logger.info(`[dry-run] would ${step}`);
            return undefined;
        }
        this.logger.info(step);
        try {
            const result = await fn();
            this.recorded.push({ step, status: 'done' });
            return result;
        }
        catch (error) {
            this.recorded.push({ step, status: 'failed' });
            throw error;
        }
    }
    /** Records something found already in place and kept (a re-run: "pull request #12 is already open"). */
    keep(what) {
        const step = `${this.subject}${what}`;
        this.recorded.push({ step, status: 'kept' });
        this.logger.info(step);
    }
    /** True when some step was written in this run (not planned, not kept). */
    get wrote() {
        return this.recorded.some((e) => e.status === 'done');
    }
    /** The "Plan" section of the job summary, the same for every action. */
    summary() {
        const lines = ['### Plan', ''];
        if (this.dryRun)
            lines.push('Dry run: nothing was written; `planned` steps are what a run would do.', '');
        if (this.recorded.length === 0) {
            lines.push(this.dryRun ? 'Nothing to write.' : 'Nothing was written.');
        }
        else {
            lines.push('| Step | Status |', '|---|---|');
            for (const e of this.recorded.slice(0, SUMMARY_STEPS))
                lines.push(`| ${inline(e.step)} | ${e.status} |`);
            if (this.recorded.length > SUMMARY_STEPS)
                lines.push('', `… and ${this.recorded.length - SUMMARY_STEPS} more step(s) in the \`plan\` output.`);
        }
        return `${lines.join('\n')}\n`;
    }
}
/** An action's outcome with its plan added: the `plan` output and the "Plan" section of the summary. */
function withPlan(outcome, plan) {
    const before = outcome.summary ? `${outcome.summary.replace(/\n*$/, '')}\n\n` : '';
    return { ...outcome, outputs: { ...outcome.outputs, plan: plan.entries.map((e) => ({ ...e })) }, summary: `${before}${plan.summary()}` };
}

;// CONCATENATED MODULE: ./shared/entry.ts












function formatOutput(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
/**
 * The one entry path of every action: inputs parsed once, the real world built and injected,
 * one error path (a user mistake is one actionable sentence; anything else is reported as a bug
 * with its stack in the debug log), outputs and the job summary written once.
 * Returns the process exit code.
 */
async function runAction(definition, processEnv = process.env) {
    const logger = actionsLogger();
    let plan;
    try {
        const reader = new InputReader(envInputSource(processEnv));
        const token = reader.string('token', { required: true });
        setSecret(token);
        const context = contextFromEnv(processEnv);
        const inputs = definition.parseInputs(reader, context);
        const now = reader.instant('now');
        const clock = now ? fixedClock(now) : systemClock;
        const dryRun = definition.isDryRun(inputs);
        const octokit = createOctokit({ token, apiUrl: context.apiUrl, logger, env: processEnv, ...tuningFromEnv(processEnv) });
        const github = new GitHub(octokit, logger, { readOnly: dryRun });
        const tempDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(processEnv.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), `portal-release-${definition.name}-`));
        if (dryRun)
            logger.notice(`${definition.name}: dry run — the plan is computed and printed; nothing is written.`);
        plan = new Plan({ dryRun, logger });
        const outcome = withPlan(await definition.run(inputs, { context, github, logger, clock, token, tempDir, plan }), plan);
        for (const [name, value] of Object.entries(outcome.outputs))
            setOutput(name, formatOutput(value));
        logger.debug(`${definition.name}: ${github.requestCount} API requests`);
        if (outcome.summary)
            appendSummary(outcome.summary);
        if (outcome.failure) {
            setFailed(outcome.failure);
            return 1;
        }
        return 0;
    }
    catch (error) {
        if (isUserError(error)) {
            setFailed(error.message);
        }
        else {
            debug(error instanceof Error && error.stack ? error.stack : errorMessage(error));
            setFailed(`portal-release ${definition.name} hit an internal error: ${errorMessage(error)}. This is a bug in portal-release; please report it with the debug log (re-run with "Enable debug logging").`);
        }
        try {
            const steps = plan ? `\n${plan.summary()}` : '';
            appendSummary(`### ❌ ${definition.name} failed\n\n${escapeHtml(errorMessage(error))}\n${steps}`);
        }
        catch {
            // No summary file outside a runner: the failure message above is enough.
        }
        return 1;
    }
}
/** Entry point for a bundle: run, then exit explicitly so dangling handles cannot hang the job. */
function main(definition) {
    runAction(definition).then((code) => process.exit(code), () => process.exit(1));
}

;// CONCATENATED MODULE: ./shared/policy-yaml.ts

/**
 * At most this many values once every alias is expanded. A policy file has a few hundred; aliases are shared
 * references in the parsed value, so a small file of nested aliases (an "alias bomb") would otherwise make the
 * validator and everything after it walk millions of values.
 */
const MAX_EXPANDED_VALUES = 10_000;
function invalid(file, line, reason) {
    return new UserError('config', `${file}${line ? `:${line}` : ''}: invalid YAML: ${reason}`);
}
/** Loads js-yaml (once; a later call finds it loaded). */
function loadYamlParser() {
    return __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 3243));
}
/**
 * Parses one YAML document. Malformed YAML, several documents, a collection that contains itself through an alias
 * and aliases expanding past MAX_EXPANDED_VALUES are refused as `config` errors naming the file (and the line when
 * the parser gives one); nothing else is checked here.
 */
async function parseYaml(text, file) {
    const jsYaml = await loadYamlParser();
    let events;
    let documents;
    try {
        events = jsYaml.parseEvents(text, { filename: file });
        // The core schema (the default): YAML 1.2 types only, no `!!merge`, no custom tags; duplicate keys throw.
        documents = jsYaml.constructFromEvents(events, { source: text, filename: file, schema: jsYaml.CORE_SCHEMA });
    }
    catch (error) {
        if (error instanceof jsYaml.YAMLException)
            throw invalid(file, error.mark ? error.mark.line + 1 : undefined, error.reason);
        throw error;
    }
    const lines = lineIndex(text);
    if (documents.length > 1) {
        const second = secondDocumentOffset(jsYaml, events);
        throw invalid(file, second === undefined ? undefined : lines(second), 'the file holds more than one document (`---`); a policy file is one');
    }
    const value = documents[0];
    checkExpansion(value, file);
    let offsets;
    return {
        value,
        lineOf(path, key) {
            offsets ??= offsetsOf(jsYaml, events, text);
            const offset = key === undefined ? offsets.values.get(pointer(path)) : offsets.keys.get(pointer([...path, key]));
            return offset === undefined ? undefined : lines(offset);
        },
    };
}
/** Refuses a value that contains itself (`&a [*a]`) or expands to more than MAX_EXPANDED_VALUES values. */
function checkExpansion(value, file) {
    const sizes = new Map();
    const open = new Set();
    const size = (v) => {
        if (v === null || typeof v !== 'object')
            return 1;
        const known = sizes.get(v);
        if (known !== undefined)
            return known;
        if (open.has(v))
            throw invalid(file, undefined, 'an alias refers to the collection that contains it');
        open.add(v);
        let total = 1;
        for (const child of Object.values(v)) {
            total += size(child);
            if (total > MAX_EXPANDED_VALUES)
                break;
        }
        open.delete(v);
        sizes.set(v, total);
        return total;
    };
    if (size(value) > MAX_EXPANDED_VALUES)
        throw invalid(file, undefined, `aliases expand the file to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values; write the values out instead`);
}
/** Offset → 1-based line. */
function lineIndex(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
function pointer(path) {
    return JSON.stringify(path);
}
/** Where the first node of the second document starts. */
function secondDocumentOffset(jsYaml, events) {
    let documents = 0;
    for (const event of events) {
        if (event.type === jsYaml.EVENT_ID.DOCUMENT)
            documents++;
        else if (documents === 2)
            return startOf(jsYaml, event);
    }
    return undefined;
}
/** Where a node starts: a collection's first token, a scalar's text, an alias's name. */
function startOf(jsYaml, event) {
    const { SEQUENCE, MAPPING, SCALAR, ALIAS } = jsYaml.EVENT_ID;
    if (event.type === SEQUENCE || event.type === MAPPING)
        return event.start;
    if (event.type === SCALAR)
        return event.valueStart;
    if (event.type === ALIAS)
        return event.anchorStart;
    return undefined;
}
/**
 * Walks the first document's events, keeping the path of each node: in a mapping, nodes alternate key and value;
 * in a sequence, each node is the next index. Keys are read as the constructed value names them (a scalar's text);
 * a collection used as a key has no path.
 */
function offsetsOf(jsYaml, events, source) {
    const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, POP } = jsYaml.EVENT_ID;
    const values = new Map();
    const keys = new Map();
    const stack = [];
    let documents = 0;
    for (const event of events) {
        if (event.type === DOCUMENT) {
            if (++documents > 1)
                break;
            stack.push({ kind: 'document', path: [], index: 0, key: undefined });
            continue;
        }
        if (event.type === POP) {
            stack.pop();
            continue;
        }
        const frame = stack[stack.length - 1];
        if (!frame)
            continue;
        let path;
        if (frame.kind === 'mapping') {
            const isKey = frame.index++ % 2 === 0;
            if (isKey) {
                frame.key = event.type === SCALAR ? jsYaml.getScalarValue(source, event) : undefined;
                const start = startOf(jsYaml, event);
                if (frame.path && frame.key !== undefined && start !== undefined)
                    keys.set(pointer([...frame.path, frame.key]), start);
                if (event.type === SEQUENCE || event.type === MAPPING)
                    stack.push({ kind: event.type === MAPPING ? 'mapping' : 'sequence', path: undefined, index: 0, key: undefined });
                continue;
            }
            path = frame.path && frame.key !== undefined ? [...frame.path, frame.key] : undefined;
        }
        else if (frame.kind === 'sequence') {
            path = frame.path ? [...frame.path, frame.index++] : undefined;
        }
        else {
            path = frame.path;
        }
        const start = startOf(jsYaml, event);
        if (path && start !== undefined)
            values.set(pointer(path), start);
        if (event.type === SEQUENCE)
            stack.push({ kind: 'sequence', path, index: 0, key: undefined });
        else if (event.type === MAPPING)
            stack.push({ kind: 'mapping', path, index: 0, key: undefined });
    }
    return { values, keys };
}

;// CONCATENATED MODULE: ./shared/config.ts


const DEFAULT_POLICY_PATH = '.github/portal-release.yml';
function defaultPolicy() {
    return {
        branches: { development: 'dev', staging: 'stg', production: 'main' },
        tagPrefix: 'v',
        repos: [],
        trustedLogins: [],
        freeze: {
            afterMajorDays: 30,
            windows: [],
            allow: {
                types: ['fix', 'docs', 'hotfix', 'security', 'revert'],
                labels: ['bug', 'documentation', 'hotfix', 'security'],
                paths: [],
            },
            exceptionLabel: 'freeze-exception',
            statusContext: 'portal-release/freeze',
        },
        discipline: {
            statusContext: 'portal-release/branch-discipline',
        },
        backport: {
            labelPattern: 'backport {branch}',
            windowDays: 30,
            alwaysLabels: ['security'],
            neverTypes: ['feat'],
            conflict: 'fail',
            hotfixLabels: ['hotfix'],
            referencePatterns: [],
            title: '{title} (backport #{number})',
            requestReview: true,
            autoMerge: false,
            signedCommits: false,
        },
        milestone: {
            title: '{tag}',
            blockerLabels: ['must-have', 'release-blocker'],
            requireAllClosed: false,
            triageLabels: [],
            closedWithoutChange: 'warn',
            rollover: false,
        },
        promotion: { checklist: '.github/release-validation.md', requiredApprovals: 1, rcIdentifier: 'rc' },
        release: {
            smokeWorkflow: 'native-install-smoke.yml',
            deploymentEnvironment: '',
            floatingMajorTag: true,
            docsIssue: false,
            releasedIn: 'comment',
            releasedInLabel: 'released',
        },
        alerts: { trackingIssue: true, labels: ['release-alert'], assignees: [] },
    };
}
const branchName = { type: 'string', minLength: 1, maxLength: 200, pattern: '^(?!-)(?!.*\\.\\.)(?!.*//)[A-Za-z0-9._/-]+(?<![./])$' };
const stringList = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 } };
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?Z)?$' };
/** JSON Schema of the policy file. Unknown keys are errors: a typo must never silently disable a rule. */
const POLICY_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        branches: {
            type: 'object',
            additionalProperties: false,
            properties: { development: branchName, staging: branchName, production: branchName },
        },
        'tag-prefix': { type: 'string', maxLength: 40, pattern: '^[A-Za-z0-9._/-]*$' },
        repos: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$' } },
        'trusted-logins': { type: 'array', maxItems: 50, items: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$' } },
        freeze: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'after-major-days': { type: 'integer', minimum: 0, maximum: 3650 },
                windows: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['from', 'until'],
                        properties: { from: date, until: date, reason: { type: 'string', maxLength: 500 } },
                    },
                },
                allow: {
                    type: 'object',
                    additionalProperties: false,
                    properties: { types: stringList, labels: stringList, paths: stringList },
                },
                'exception-label': { type: 'string', minLength: 1, maxLength: 100 },
                'status-context': { type: 'string', minLength: 1, maxLength: 255 },
            },
        },
        discipline: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'status-context': { type: 'string', minLength: 1, maxLength: 255 },
            },
        },
        backport: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'label-pattern': { type: 'string', pattern: '\\{branch\\}', maxLength: 100 },
                'window-days': { type: 'integer', minimum: 0, maximum: 3650 },
                'always-labels': stringList,
                'never-types': stringList,
                conflict: { enum: ['fail', 'draft'] },
                'hotfix-labels': stringList,
                'reference-patterns': { type: 'array', maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\{number\\}' } },
                title: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\{title\\}' },
                'request-review': { type: 'boolean' },
                'auto-merge': { enum: [false, 'merge', 'squash', 'rebase'] },
                'signed-commits': { type: 'boolean' },
            },
        },
        milestone: {
            type: 'object',
            additionalProperties: false,
            properties: {
                title: { type: 'string', minLength: 1, maxLength: 200 },
                'blocker-labels': stringList,
                'require-all-closed': { type: 'boolean' },
                'triage-labels': stringList,
                'closed-without-change': { enum: ['warn', 'block'] },
                rollover: { type: 'boolean' },
            },
        },
        promotion: {
            type: 'object',
            additionalProperties: false,
            properties: {
                checklist: { type: 'string', maxLength: 300 },
                'required-approvals': { type: 'integer', minimum: 0, maximum: 20 },
                'rc-identifier': { type: 'string', pattern: '^[a-z][a-z0-9]*$', maxLength: 20 },
            },
        },
        release: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'smoke-workflow': { type: 'string', maxLength: 200, pattern: '^[A-Za-z0-9._-]*$' },
                'deployment-environment': { type: 'string', maxLength: 255 },
                'floating-major-tag': { type: 'boolean' },
                'docs-issue': { type: 'boolean' },
                'released-in': { enum: ['comment', 'label', 'off'] },
                'released-in-label': { type: 'string', minLength: 1, maxLength: 50 },
            },
        },
        alerts: {
            type: 'object',
            additionalProperties: false,
            properties: {
                'tracking-issue': { type: 'boolean' },
                labels: { type: 'array', minItems: 1, maxItems: 10, items: { type: 'string', minLength: 1, maxLength: 50, pattern: '^[^,]+$' } },
                assignees: { type: 'array', maxItems: 10, items: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$' } },
            },
        },
    },
};
/**
 * How Ajv compiles POLICY_SCHEMA. The compilation happens at build time: scripts/policy-validator.ts
 * writes the validator as standalone code to shared/policy-validator.generated.ts (`npm run build`;
 * a test fails when it is stale), so no run pays for Ajv or for compiling the schema.
 */
const POLICY_VALIDATOR_OPTIONS = { allErrors: true, strict: false };
/** Loads the validator generated at build time (once; a later call finds it loaded). */
function loadValidator() {
    return __nccwpck_require__.e(/* import() */ 362).then(__nccwpck_require__.bind(__nccwpck_require__, 2362));
}
function describe(e) {
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            return { key, text: `unknown key "${key}" (check the spelling; see the configuration reference in the README)` };
        }
        case 'enum':
            return { text: `must be one of: ${(e.params.allowedValues ?? []).join(', ')}` };
        case 'type':
            return { text: `must be ${e.params.type === 'integer' ? 'a whole number' : `of type ${e.params.type}`}` };
        case 'pattern':
            return { text: `has an invalid format (${e.message ?? 'pattern mismatch'})` };
        case 'required':
            return { text: `is missing the required key "${e.params.missingProperty}"` };
        default:
            return { text: e.message ?? 'is invalid' };
    }
}
/**
 * Parses and validates policy text. Errors name the file, the line, the key and what was expected.
 * The YAML parser and the validator are loaded on demand (loadPolicy starts them while it reads the file), not at start-up.
 */
async function parsePolicy(text, file = DEFAULT_POLICY_PATH) {
    const [yaml, generated] = await Promise.all([parseYaml(text, file), loadValidator()]);
    const validate = generated.default;
    const data = yaml.value;
    if (data === null || data === undefined)
        return defaultPolicy();
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map((e) => {
            const path = e.instancePath
                .split('/')
                .slice(1)
                .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
                .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
            const { key, text: what } = describe(e);
            const line = yaml.lineOf(path, key);
            const name = [...path, ...(key ? [key] : [])].join('.') || '(top level)';
            return `${file}${line ? `:${line}` : ''}: ${name} ${what}`;
        });
        const unique = [...new Set(problems)];
        throw new UserError('config', `Invalid policy file: ${unique.join('; ')}.`);
    }
    return applyDefaults(data);
}
function section(raw, key) {
    const value = raw[key];
    return value && typeof value === 'object' ? value : {};
}
function pick(raw, key, fallback) {
    return raw[key] === undefined || raw[key] === null ? fallback : raw[key];
}
function applyDefaults(raw) {
    const d = defaultPolicy();
    const branches = section(raw, 'branches');
    const freeze = section(raw, 'freeze');
    const allow = section(freeze, 'allow');
    const discipline = section(raw, 'discipline');
    const backport = section(raw, 'backport');
    const alerts = section(raw, 'alerts');
    const milestone = section(raw, 'milestone');
    const promotion = section(raw, 'promotion');
    const release = section(raw, 'release');
    const policy = {
        branches: {
            development: pick(branches, 'development', d.branches.development),
            staging: pick(branches, 'staging', d.branches.staging),
            production: pick(branches, 'production', d.branches.production),
        },
        tagPrefix: pick(raw, 'tag-prefix', d.tagPrefix),
        repos: pick(raw, 'repos', d.repos),
        trustedLogins: pick(raw, 'trusted-logins', d.trustedLogins),
        freeze: {
            afterMajorDays: pick(freeze, 'after-major-days', d.freeze.afterMajorDays),
            windows: pick(freeze, 'windows', []).map((w) => ({
                from: String(w.from),
                until: String(w.until),
                reason: typeof w.reason === 'string' ? w.reason : '',
            })),
            allow: {
                types: pick(allow, 'types', d.freeze.allow.types),
                labels: pick(allow, 'labels', d.freeze.allow.labels),
                paths: pick(allow, 'paths', d.freeze.allow.paths),
            },
            exceptionLabel: pick(freeze, 'exception-label', d.freeze.exceptionLabel),
            statusContext: pick(freeze, 'status-context', d.freeze.statusContext),
        },
        discipline: {
            statusContext: pick(discipline, 'status-context', d.discipline.statusContext),
        },
        backport: {
            labelPattern: pick(backport, 'label-pattern', d.backport.labelPattern),
            windowDays: pick(backport, 'window-days', d.backport.windowDays),
            alwaysLabels: pick(backport, 'always-labels', d.backport.alwaysLabels),
            neverTypes: pick(backport, 'never-types', d.backport.neverTypes),
            conflict: pick(backport, 'conflict', d.backport.conflict),
            hotfixLabels: pick(backport, 'hotfix-labels', d.backport.hotfixLabels),
            referencePatterns: pick(backport, 'reference-patterns', d.backport.referencePatterns),
            title: pick(backport, 'title', d.backport.title),
            requestReview: pick(backport, 'request-review', d.backport.requestReview),
            autoMerge: pick(backport, 'auto-merge', d.backport.autoMerge),
            signedCommits: pick(backport, 'signed-commits', d.backport.signedCommits),
        },
        milestone: {
            title: pick(milestone, 'title', d.milestone.title),
            blockerLabels: pick(milestone, 'blocker-labels', d.milestone.blockerLabels),
            requireAllClosed: pick(milestone, 'require-all-closed', d.milestone.requireAllClosed),
            triageLabels: pick(milestone, 'triage-labels', d.milestone.triageLabels),
            closedWithoutChange: pick(milestone, 'closed-without-change', d.milestone.closedWithoutChange),
            rollover: pick(milestone, 'rollover', d.milestone.rollover),
        },
        promotion: {
            checklist: pick(promotion, 'checklist', d.promotion.checklist),
            requiredApprovals: pick(promotion, 'required-approvals', d.promotion.requiredApprovals),
            rcIdentifier: pick(promotion, 'rc-identifier', d.promotion.rcIdentifier),
        },
        release: {
            smokeWorkflow: pick(release, 'smoke-workflow', d.release.smokeWorkflow),
            deploymentEnvironment: pick(release, 'deployment-environment', d.release.deploymentEnvironment),
            floatingMajorTag: pick(release, 'floating-major-tag', d.release.floatingMajorTag),
            docsIssue: pick(release, 'docs-issue', d.release.docsIssue),
            releasedIn: pick(release, 'released-in', d.release.releasedIn),
            releasedInLabel: pick(release, 'released-in-label', d.release.releasedInLabel),
        },
        alerts: {
            trackingIssue: pick(alerts, 'tracking-issue', d.alerts.trackingIssue),
            labels: pick(alerts, 'labels', d.alerts.labels),
            assignees: pick(alerts, 'assignees', d.alerts.assignees),
        },
    };
    for (const w of policy.freeze.windows) {
        if (Date.parse(w.until) <= Date.parse(w.from)) {
            throw new UserError('config', `Invalid policy file: freeze window ${w.from}..${w.until} ends before it starts.`);
        }
    }
    for (const pattern of policy.backport.referencePatterns) {
        try {
            new RegExp(pattern.replaceAll('{number}', '1'), 'iu');
        }
        catch (error) {
            throw new UserError('config', `Invalid policy file: backport.reference-patterns "${pattern}" is not a regular expression (${error.message}).`);
        }
    }
    const names = Object.values(policy.branches);
    if (new Set(names).size !== names.length) {
        throw new UserError('config', `Invalid policy file: branches.development, staging and production must be three different branches (got ${names.join(', ')}).`);
    }
    return policy;
}
/**
 * Reads the policy from the repository's default branch (never from the pull request being
 * judged, so a PR cannot loosen the rules). A missing file means "all defaults".
 */
async function loadPolicy(reader, repo, options = {}) {
    const path = options.path || DEFAULT_POLICY_PATH;
    const ref = options.ref || options.defaultBranch;
    // The YAML parser and the validator start loading while the file is read (parsePolicy's imports then find
    // them loaded): on a runner the read is a round trip to the API, long enough to hide most of their load.
    void Promise.all([loadYamlParser(), loadValidator()]).catch(() => undefined);
    const text = await reader.getFileContent(repo, path, ref);
    const at = `${repo.owner}/${repo.repo}@${ref ?? 'default branch'}`;
    if (text === null) {
        if (options.path && options.path !== DEFAULT_POLICY_PATH) {
            throw new UserError('config', `Policy file "${path}" (input "config") was not found in ${at}. Create it or remove the input to use the defaults.`);
        }
        return { policy: defaultPolicy(), source: `defaults (no ${path} in ${at})` };
    }
    return { policy: await parsePolicy(text, path), source: `${path} in ${at}` };
}
/**
 * The policy of the run's repository, as every action loads it: inputs `config`/`config-ref`,
 * else the default branch named by the event payload (no extra request), in a log group.
 */
async function loadRunPolicy(env, inputs) {
    return env.logger.group('Policy', async () => {
        const loaded = await loadPolicy(env.github, env.context.repo, { path: inputs.config, ref: inputs.configRef, defaultBranch: env.context.defaultBranch });
        env.logger.info(`Policy: ${loaded.source}`);
        return loaded;
    });
}

;// CONCATENATED MODULE: ./shared/train.ts

/** Whether two references name the same repository (GitHub's names are case-insensitive). */
function sameRepo(a, b) {
    return repoName(a).toLowerCase() === repoName(b).toLowerCase();
}
/**
 * The repositories a run covers, the same rule in every action: this repository first, then the
 * input's repositories when given, else the policy's `repos`. This repository is always in: the
 * run's own repository is the one whose release it is, and its token reaches it. Duplicates (in
 * any letter case) are dropped, the first spelling kept.
 */
function releaseTrain(current, input, policyRepos) {
    const others = input.length > 0 ? input : policyRepos.map((r) => parseRepo(r, 'Policy file: repos'));
    const out = [];
    for (const r of [current, ...others])
        if (!out.some((o) => sameRepo(o, r)))
            out.push(r);
    return out;
}

;// CONCATENATED MODULE: ./shared/statuses.ts
/**
 * Sets commit status `context` on `sha` unless it already says exactly this (a re-run writes
 * nothing and records it as kept). In a dry run the plan only records what it would set.
 */
async function setCommitStatus(github, repo, sha, want, options) {
    // `current` (null: none) when the caller already read it, e.g. in the same GraphQL query.
    const previous = options.current !== undefined ? (options.current ?? undefined) : (await github.getCombinedStatuses(repo, sha)).find((s) => s.context === want.context);
    const description = want.description.slice(0, 140);
    if (previous && previous.state === want.state && previous.description === description) {
        options.plan.keep(`status "${want.context}" on ${sha.slice(0, 7)} already says ${want.state}: ${description}`);
        return { outcome: 'unchanged', previous };
    }
    const set = await options.plan.write(`set status "${want.context}" = ${want.state} on ${sha.slice(0, 7)}: ${description}`, async () => {
        await github.createStatus(repo, sha, { ...want, description });
        return true;
    });
    if (!set)
        return { outcome: 'planned', previous };
    return { outcome: previous ? 'updated' : 'created', previous };
}

// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var functions_parse = __nccwpck_require__(6353);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(functions_parse);
// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var functions_compare = __nccwpck_require__(8469);
// EXTERNAL MODULE: ./node_modules/semver/functions/inc.js
var functions_inc = __nccwpck_require__(2338);
;// CONCATENATED MODULE: ./shared/versions.ts




function parseReleaseTag(tag, prefix, rcIdentifier = 'rc') {
    if (!tag.startsWith(prefix))
        return null;
    const version = tag.slice(prefix.length);
    const parsed = parse(version);
    if (!parsed || parsed.build.length > 0 || parsed.version !== version)
        return null;
    const pre = parsed.prerelease;
    let rc = null;
    if (pre.length > 0) {
        if (pre.length !== 2 || pre[0] !== rcIdentifier || typeof pre[1] !== 'number')
            return null;
        rc = pre[1];
    }
    return { tag, version, base: `${parsed.major}.${parsed.minor}.${parsed.patch}`, rc, major: parsed.major };
}
function formatTag(prefix, version, rc = null, rcIdentifier = 'rc') {
    return rc === null ? `${prefix}${version}` : `${prefix}${version}-${rcIdentifier}.${rc}`;
}
/** Validates a version given by a person (input `version`): X.Y.Z, optionally with the tag prefix. */
function parseStableVersion(value, prefix, input = 'version') {
    const text = value.startsWith(prefix) && prefix !== '' ? value.slice(prefix.length) : value;
    const parsed = parse_default()(text);
    if (!parsed || parsed.prerelease.length > 0 || parsed.build.length > 0 || parsed.version !== text) {
        throw new UserError('input', `Input "${input}": ${quote(value)} is not a stable version X.Y.Z (for example 3.2.0).`);
    }
    return parsed.version;
}
function compareTags(a, b) {
    return compare(a.version, b.version);
}
/** Release tags among `names`, highest first. */
function releaseTags(names, prefix, rcIdentifier = 'rc') {
    return names
        .map((n) => parseReleaseTag(n, prefix, rcIdentifier))
        .filter((t) => t !== null)
        .sort((a, b) => compareTags(b, a));
}
function latestStable(tags) {
    return tags.filter((t) => t.rc === null).sort((a, b) => compareTags(b, a))[0] ?? null;
}
function bumpVersion(version, bump) {
    const next = inc(version, bump);
    if (!next)
        throw new Error(`cannot bump ${version} by ${bump}`);
    return next;
}
/** The next RC number for `base`: one more than the highest existing `base-rc.N`. */
function nextRcNumber(tags, base) {
    const rcs = tags.filter((t) => t.base === base && t.rc !== null).map((t) => t.rc);
    return rcs.length === 0 ? 1 : Math.max(...rcs) + 1;
}
/**
 * The tag release notes should start from: a stable release starts from the previous stable
 * (not from its own RCs); rc.1 from the previous stable; rc.N from rc.N-1.
 */
function previousTagFor(tag, all) {
    const older = all.filter((t) => compareTags(t, tag) < 0);
    if (tag.rc !== null && tag.rc > 1) {
        const prev = older.filter((t) => t.base === tag.base && t.rc !== null).sort((a, b) => compareTags(b, a))[0];
        if (prev)
            return prev;
    }
    return latestStable(older.filter((t) => t.base !== tag.base));
}
/** True for X.0.0: the release that starts a code freeze. */
function isMajorRelease(version) {
    const v = parse(version);
    return v !== null && v.prerelease.length === 0 && v.minor === 0 && v.patch === 0;
}

;// CONCATENATED MODULE: ./shared/markers.ts
const PULL_REQUEST_MARKER_KINDS = ['promotion', 'release-pr', 'backport', 'merge-back'];
const KIND = /^[a-z][a-z0-9-]*$/;
const ATTR_VALUE = /^[A-Za-z0-9._/@:+-]+$/;
function renderAny(kind, attrs) {
    if (!KIND.test(kind))
        throw new Error(`invalid marker kind "${kind}"`);
    const parts = Object.entries(attrs).map(([k, v]) => {
        const value = String(v);
        // Values come from a restricted set so a marker can never close its HTML comment.
        if (!KIND.test(k) || !ATTR_VALUE.test(value))
            throw new Error(`invalid marker attribute ${k}=${value}`);
        return `${k}=${value}`;
    });
    return `<!-- portal-release:${[kind, ...parts].join(' ')} -->`;
}
function renderMarker(kind, attrs) {
    return renderAny(kind, attrs);
}
const MARKER = /<!-- portal-release:([a-z][a-z0-9-]*)((?: [a-z][a-z0-9-]*=[A-Za-z0-9._/@:+-]+)*) -->/g;
/** Every marker in `text`, of any kind (kinds this version does not know are returned as they are). */
function parseMarkers(text) {
    const out = [];
    for (const m of (text ?? '').matchAll(MARKER)) {
        const attrs = {};
        for (const pair of (m[2] ?? '').trim().split(' ').filter(Boolean)) {
            const i = pair.indexOf('=');
            attrs[pair.slice(0, i)] = pair.slice(i + 1);
        }
        out.push({ kind: m[1], attrs });
    }
    return out;
}
/** The first marker of `kind` whose attributes include every pair of `match`. */
function findMarker(text, kind, match = {}) {
    const found = parseMarkers(text).find((m) => m.kind === kind && Object.entries(match).every(([k, v]) => m.attrs[k] === String(v)));
    return found;
}
function hasMarker(text, kind, match = {}) {
    return findMarker(text, kind, match) !== undefined;
}
/** Puts the marker first so the body is recognisable even when people edit the rest. */
function withMarker(body, kind, attrs) {
    return `${renderMarker(kind, attrs)}\n${body}`;
}
/**
 * The suite's own comments of `kind` (marker AND a suite author), oldest first. A person's comment
 * that quotes the marker is never among them. The identity is looked up only when a marked comment exists.
 */
async function ownComments(comments, identity, kind, match = {}) {
    const marked = comments.filter((c) => hasMarker(c.body, kind, match));
    const out = [];
    for (const c of marked)
        if (await identity.isSuite(c.author))
            out.push(c);
    return out;
}
/**
 * Creates or updates the suite's one comment of `kind` on an issue or pull request. A re-run with
 * the same content writes nothing; duplicates the suite itself left (an interrupted run) are removed;
 * anyone else's comment is never touched, whatever it contains. Every write goes through `plan`
 * (`what` names the comment in its steps: "the freeze comment"); in a dry run the outcome is what
 * a run would do and no comment is returned unless one is kept.
 */
async function upsertComment(github, repo, number, identity, kind, body, options) {
    const { plan, what } = options;
    const full = withMarker(body, kind, options.attrs);
    const comments = options.existing ?? (await github.listComments(repo, number));
    const [first, ...extra] = await ownComments(comments, identity, kind, options.attrs);
    for (const duplicate of extra)
        await plan.write(`delete the duplicate of ${what} on #${number} (comment ${duplicate.id})`, () => github.deleteComment(repo, duplicate.id));
    if (!first) {
        const created = await plan.write(`post ${what} on #${number}`, () => github.createComment(repo, number, full));
        return created ? { outcome: 'created', comment: created } : { outcome: 'created' };
    }
    if (first.body.trim() === full.trim()) {
        plan.keep(`${what} on #${number} is already up to date`);
        return { outcome: 'unchanged', comment: first };
    }
    const updated = await plan.write(`update ${what} on #${number}`, async () => {
        await github.updateComment(repo, first.id, full);
        return { ...first, body: full };
    });
    return updated ? { outcome: 'updated', comment: updated } : { outcome: 'updated' };
}
/** Removes the suite's own comments of `kind`, if any. Returns whether something was deleted. */
async function removeComment(github, repo, number, identity, kind, options) {
    const comments = options.existing ?? (await github.listComments(repo, number));
    const mine = await ownComments(comments, identity, kind, options.attrs ?? {});
    for (const c of mine)
        await options.plan.write(`delete ${options.what} on #${number} (comment ${c.id})`, () => github.deleteComment(repo, c.id));
    return mine.length > 0;
}

;// CONCATENATED MODULE: ./shared/ownership.ts



/** The suite's fixed head branches: a re-run finds (and moves) the same branch. */
function rcHeadBranch(policy) {
    return `portal-release/rc-${policy.branches.staging}`;
}
function releaseHeadBranch(policy) {
    return `portal-release/release-${policy.branches.production}`;
}
function backportBranch(pr, target) {
    return `backport/${pr}-to-${target}`;
}
/** The role of a promote-rc pull request: rc (dev → stg) or release (stg → main). */
function promotionRole(kind, policy) {
    return kind === 'promotion'
        ? { headBranch: rcHeadBranch(policy), base: policy.branches.staging }
        : { headBranch: releaseHeadBranch(policy), base: policy.branches.production };
}
/** The role of a backport or merge-back pull request of #pr into `target`. */
function backportRole(pr, target) {
    return { headBranch: backportBranch(pr, target), base: target };
}
/**
 * The one test of "a pull request the suite opened for this role": opened by a suite identity AND
 * its head is the suite's branch for the role in the same repository (never a fork) AND it goes into
 * the role's base AND, where its marker pins a commit, that commit is the pull request's head (the
 * merged head for a merged one). The marker alone proves nothing: anyone can type it. The identity is
 * looked up last, only for pull requests that pass the cheap tests.
 */
async function judgePullRequest(pr, kind, role, ctx) {
    const marker = findMarker(pr.body, kind);
    const marked = marker !== undefined;
    const foreign = (reason) => ({ verdict: 'foreign', marked, reason });
    const here = repoName(ctx.repo).toLowerCase();
    if (pr.headRepo === null || pr.headRepo.toLowerCase() !== here) {
        return foreign(`its head is in ${pr.headRepo ? `the fork ${inline(pr.headRepo)}` : 'a deleted fork'}, not in ${repoName(ctx.repo)}`);
    }
    if (pr.headRef !== role.headBranch)
        return foreign(`its head branch is ${inline(pr.headRef)}, not the suite's ${role.headBranch}`);
    if (pr.baseRef !== role.base)
        return foreign(`it goes into ${inline(pr.baseRef)}, not ${role.base}`);
    const base = marker?.attrs?.base;
    if (base !== undefined && base !== pr.baseRef)
        return foreign(`its marker names the base ${inline(base)}, but it goes into ${inline(pr.baseRef)}`);
    if (!(await ctx.identity.isSuite(pr.author)))
        return foreign(`it was opened by ${inline(pr.author || 'a deleted account')}, not by the suite`);
    const pinned = marker?.attrs?.sha;
    if (marker && pinned !== undefined && pinned !== pr.headSha) {
        const where = pr.merged ? 'was merged at' : 'is at';
        return {
            verdict: 'suite-moved',
            marker,
            reason: `its marker pins ${pinned.slice(0, 12)}, but it ${where} ${pr.headSha.slice(0, 12)} (someone pushed onto it)`,
        };
    }
    return { verdict: 'suite', marker };
}
/**
 * For a pull request that carries a marker of a suite pull request kind (any of them), the kind and
 * whether it is the suite's; null when it carries none. The role comes from the kind (and, for a
 * backport, from the marker's `pr` and `target`, which the head branch must then match).
 */
async function judgeMarkedPullRequest(pr, policy, ctx) {
    const kind = PULL_REQUEST_MARKER_KINDS.find((k) => findMarker(pr.body, k) !== undefined);
    if (!kind)
        return null;
    let role;
    if (kind === 'promotion' || kind === 'release-pr')
        role = promotionRole(kind, policy);
    else {
        const attrs = findMarker(pr.body, kind).attrs;
        const number = Number(attrs.pr);
        if (!Number.isInteger(number) || number <= 0 || !attrs.target) {
            return { kind, ownership: { verdict: 'foreign', marked: true, reason: 'its marker names no pull request and target' } };
        }
        role = backportRole(number, attrs.target);
    }
    return { kind, ownership: await judgePullRequest(pr, kind, role, ctx) };
}
/**
 * The suite's merged release pull request whose merge is `sha`: promote-rc opened it (identity, head
 * branch in this repository, into production), it was merged at the commit its marker pins, and
 * `sha` is its merge commit (a merge commit or a squash commit alike). Its `release-pr` marker then
 * says what was released (version, the release candidate). A marker typed into any other pull request
 * is ignored and said in `ignored`.
 */
async function suiteReleasePrMergedAt(github, repo, sha, policy, ctx) {
    const prs = await github.listPullRequestsForCommit(repo, sha);
    const merged = prs.filter((p) => p.merged && p.mergeCommitSha === sha && p.baseRef === policy.branches.production).sort((a, b) => b.number - a.number);
    for (const pr of merged) {
        const ownership = await judgePullRequest(pr, 'release-pr', promotionRole('release-pr', policy), { repo, identity: ctx.identity });
        if (ownership.verdict === 'suite' && ownership.marker?.attrs.version)
            return { pr, marker: ownership.marker };
        if (ownership.verdict === 'suite-moved')
            ctx.ignored.note(`#${pr.number}`, `is the suite's release pull request, but ${ownership.reason}: its version is not released`);
        else
            ctx.ignored.notePull(pr, 'release-pr', ownership);
    }
    return null;
}
/**
 * Markers that were ignored in a run (a pull request, comment or issue that carries one but is not
 * the suite's), each said once in the job summary with why.
 */
class IgnoredMarkers {
    notes = new Map();
    note(what, reason) {
        if (!this.notes.has(what))
            this.notes.set(what, reason);
    }
    /** Notes a foreign pull request that carries the marker; returns whether one was noted. */
    notePull(pr, kind, ownership) {
        if (ownership.verdict !== 'foreign' || !ownership.marked)
            return false;
        this.note(`#${pr.number}`, `carries a \`${kind}\` marker, but ${ownership.reason ?? 'it is not the suite’s'}: treated as any pull request`);
        return true;
    }
    get size() {
        return this.notes.size;
    }
    /** Markdown lines for the job summary (empty when nothing was ignored). */
    summary() {
        if (this.notes.size === 0)
            return [];
        return [
            '**Markers ignored** (a marker alone proves nothing; only what the suite itself opened or wrote counts):',
            '',
            ...[...this.notes].map(([what, why]) => `- ${what} ${why}.`),
            '',
        ];
    }
    /** Plain sentences for the log. */
    sentences() {
        return [...this.notes].map(([what, why]) => `Marker ignored: ${what} ${why}.`);
    }
}

;// CONCATENATED MODULE: ./actions/milestone-check/render.ts

const METHOD_LABEL = {
    ancestry: 'merged',
    'cherry-pick-trailer': 'cherry-picked (-x)',
    'patch-id': 'same patch',
    'patch-id-whole': 'same whole patch',
    'squash-promotion': 'squash-merged promotion',
    'backport-reference': 'backport PR',
};
function presentText(r) {
    const parts = Object.keys(METHOD_LABEL).filter((m) => r.present[m]).map((m) => `${r.present[m]} ${METHOD_LABEL[m]}`);
    const total = Object.values(r.present).reduce((a, b) => a + (b ?? 0), 0);
    return total ? `${total}/${r.counts.changes} (${parts.join(', ')})` : `0/${r.counts.changes}`;
}
function milestoneCell(r) {
    const m = r.milestone;
    const name = m.url ? `[${inline(m.title)}](${m.url})` : inline(m.title);
    switch (m.status) {
        case 'missing':
            return `${inline(m.title)} — **missing**`;
        case 'would-create':
            return `${inline(m.title)} — would be created`;
        // The report describes state, not this run's actions, so a re-run renders the same text;
        // the creation itself is logged and noted in the job summary.
        case 'created':
        default:
            if (m.state === 'closed')
                return `${name} (closed)`;
            // The date, not a count of days: the report stays the same text from one day to the next.
            return m.dueOn ? `${name} (due ${m.dueOn.slice(0, 10)}${m.pastDue ? ', **past due**' : ''})` : name;
    }
}
/** The report (job summary and the comment on the release PR). Deterministic: a re-run renders the same text. */
function renderReport(title, reports, ready, options) {
    const blockers = reports.reduce((n, r) => n + r.blockers.length, 0);
    const missing = reports.reduce((n, r) => n + r.missing.length, 0);
    const lines = [`## ${ready ? '✅' : '❌'} Release milestone ${inline(title)}: ${ready ? 'ready' : 'not ready'}`, ''];
    lines.push(ready
        ? `Every must-have item is done and every merged change is on the release branch, in ${reports.length} repositor${reports.length === 1 ? 'y' : 'ies'}.`
        : `${blockers} blocker(s) and ${missing} change(s) missing from the release branch.`, ...(reports.some((r) => r.unlinked.length) ? [`${reports.reduce((n, r) => n + r.unlinked.length, 0)} closed issue(s) have no linked change.`] : []));
    if (options.dryRun)
        lines.push('', '**Dry run**: nothing was written.');
    lines.push('', '| Repository | Milestone | Branch | Items | Open | On branch | Blockers | Missing |', '|---|---|---|---|---|---|---|---|');
    for (const r of reports) {
        lines.push(`| [${inline(r.repo)}](${r.repoUrl}) | ${milestoneCell(r)} | \`${inline(r.targetBranch)}\` | ${r.counts.issues + r.counts.pulls} | ${r.counts.open} | ${presentText(r)} | ${r.blockers.length} | ${r.missing.length} |`);
    }
    for (const r of reports) {
        if (!r.blockers.length && !r.missing.length && !r.unlinked.length)
            continue;
        lines.push('', `### ${inline(r.repo)}`);
        if (r.blockers.length) {
            lines.push('', '**Blockers**', '', '| Item | Title | Why |', '|---|---|---|');
            for (const b of r.blockers)
                lines.push(`| ${b.number === null ? '—' : `[#${b.number}](${b.url})`} | ${inline(b.title)} | ${inline(b.reason)} |`);
        }
        if (r.missing.length) {
            lines.push('', `**Merged but not on \`${inline(r.targetBranch)}\`**`, '', '| Pull request | Title | Why |', '|---|---|---|');
            for (const m of r.missing) {
                const of = m.issues?.length ? ` (fixes ${m.issues.map((n) => `#${n}`).join(', ')})` : '';
                lines.push(`| [#${m.number}](${m.url}) | ${inline(m.title)}${of} | ${inline(m.reason)} |`);
            }
            const picks = r.missing.filter((m) => m.commits.length);
            if (picks.length) {
                lines.push('', `To pick them onto \`${inline(r.targetBranch)}\` (in a clone of ${inline(r.repo)}, oldest first):`, '', '```sh');
                lines.push(`git switch ${r.targetBranch}`);
                for (const m of picks)
                    lines.push(`${m.command}   # #${m.number}`);
                lines.push('```');
            }
        }
        if (r.unlinked.length) {
            lines.push('', '**Closed without a linked change** (warning; `milestone.closed-without-change: block` makes these blockers)', '', '| Issue | Title |', '|---|---|');
            for (const u of r.unlinked)
                lines.push(`| [#${u.number}](${u.url}) | ${inline(u.title)} |`);
        }
    }
    const placed = reports.flatMap((r) => r.placed);
    if (placed.length) {
        lines.push('', `<details><summary>How each change was found on the release branch (${placed.length})</summary>`, '');
        lines.push('| Repository | Pull request | Proof | Evidence |', '|---|---|---|---|');
        for (const p of placed) {
            const of = p.issues?.length ? ` (fixes ${p.issues.map((n) => `#${n}`).join(', ')})` : '';
            lines.push(`| ${inline(p.repo)} | [#${p.number}](${p.url})${of} | ${METHOD_LABEL[p.proof]} | ${inline(p.evidence)} |`);
        }
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}
/**
 * The report as a comment body: within GitHub's 65,536 characters together with the suite's marker
 * (a long report is cut at a whole line, saying how many lines were left out).
 */
function reportComment(report) {
    return boundBody(report.split('\n'), [], MAX_BODY - 200);
}

;// CONCATENATED MODULE: ./shared/milestone.ts

/**
 * The release milestone's rules, in one place for every action: its title, what blocks a release,
 * and its due date.
 */
/**
 * Renders `milestone.title` ("{tag}" → v3.2.0, "{version}" → 3.2.0). Without a version, a
 * template that needs one is refused with the inputs that supply it.
 */
function renderMilestoneTitle(template, version, tagPrefix) {
    const needsVersion = /\{(?:tag|version)\}/.test(template);
    if (needsVersion && !version) {
        throw new UserError('input', `Set input "version" (for example 3.2.0) or input "milestone": the policy's milestone.title "${template}" needs a version to name the release milestone.`);
    }
    const title = template.replace(/\{tag\}/g, `${tagPrefix}${version ?? ''}`).replace(/\{version\}/g, version ?? '');
    if (!title.trim())
        throw new UserError('config', `milestone.title "${template}" renders an empty milestone title.`);
    return title.trim();
}
const lower = (s) => s.toLowerCase();
/** Open must-haves (or every open item), blockers closed without merging, open items missing a triage label. */
function findBlockers(repo, items, rules) {
    const blockerLabels = new Set(rules.blockerLabels.map(lower));
    const out = [];
    for (const item of items) {
        const labels = item.labels.map(lower);
        const blockerLabel = item.labels.find((l) => blockerLabels.has(lower(l)));
        const reasons = [];
        if (item.state === 'open') {
            if (blockerLabel)
                reasons.push(`open and labelled "${blockerLabel}"`);
            else if (rules.requireAllClosed)
                reasons.push('open (milestone.require-all-closed)');
            for (const prefix of rules.triageLabels) {
                if (!labels.some((l) => l.startsWith(lower(prefix))))
                    reasons.push(`no "${prefix}" label (milestone.triage-labels)`);
            }
        }
        else if (item.kind === 'pull' && item.state === 'closed' && blockerLabel) {
            reasons.push(`labelled "${blockerLabel}" but closed without merging (closed is not fixed)`);
        }
        if (reasons.length)
            out.push({ repo, number: item.number, title: item.title, url: item.url, reason: reasons.join('; ') });
    }
    return out;
}
/** The annotation title of the past-due warning, the same in every action that gives it. */
const PAST_DUE_TITLE = 'Release milestone past due';
/** The past-due warning's sentence (a warning only: a late milestone never blocks a release). */
function pastDueSentence(title, dueOn) {
    return `Milestone "${title}" was due ${dueOn?.slice(0, 10)} and is still open.`;
}
/** An open milestone whose due date has passed at `now`. */
function isPastDue(milestone, now) {
    if (!milestone?.dueOn || milestone.state !== 'open')
        return false;
    const due = Date.parse(milestone.dueOn);
    return !Number.isNaN(due) && due < now.getTime();
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./shared/git.ts





const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function isSha(value) {
    return SHA.test(value);
}
function scrub(text, secret) {
    if (!secret)
        return text;
    let out = text.split(secret).join('***');
    const basic = Buffer.from(`x-access-token:${secret}`).toString('base64');
    out = out.split(basic).join('***');
    return out;
}
/**
 * The sparse-checkout pattern (gitignore syntax, non-cone mode) that names exactly `path` from the top of the
 * tree: anchored with "/", and `\`, `*`, `?`, `[` and trailing spaces escaped so a file name is never read as a
 * wildcard or a negation. null for a path with a line break, which no pattern line can hold.
 */
function sparsePattern(path) {
    if (/[\n\r]/.test(path))
        return null;
    return `/${path.replace(/[\\*?[]/g, '\\$&').replace(/ +$/, (spaces) => '\\ '.repeat(spaces.length))}`;
}
/** A cheap syntactic pre-check; `Git.checkRefFormat` asks git itself. */
function looksLikeOption(value) {
    return value.startsWith('-');
}
/**
 * Real git, always with argument arrays (never a shell). Refs supplied from outside are checked
 * with `git check-ref-format` and placed after `--end-of-options` or `--` so they can never be
 * read as options. The token travels only in environment variables as an HTTP header.
 */
class Git {
    cwd;
    logger;
    env;
    token;
    /** Whether limitWorktree turned sparse checkout on in this repository. */
    sparse = false;
    constructor(options) {
        this.cwd = options.cwd;
        this.logger = options.logger;
        this.token = options.token;
        const env = {
            ...process.env,
            ...options.env,
            GIT_TERMINAL_PROMPT: '0',
            GIT_ASKPASS: '',
            SSH_ASKPASS: '',
            LC_ALL: 'C',
        };
        if (options.identity) {
            env.GIT_AUTHOR_NAME ??= options.identity.name;
            env.GIT_AUTHOR_EMAIL ??= options.identity.email;
            env.GIT_COMMITTER_NAME = options.identity.name;
            env.GIT_COMMITTER_EMAIL = options.identity.email;
        }
        // Configuration through the environment (git ≥ 2.31): not visible in argv or .git/config.
        const config = [
            ['protocol.allow', 'never'],
            ['protocol.https.allow', 'always'],
            ['protocol.http.allow', 'always'],
            ['protocol.file.allow', 'always'],
            ['core.hooksPath', '/dev/null'],
            ['commit.gpgsign', 'false'],
            ['tag.gpgsign', 'false'],
        ];
        if (options.token && options.serverUrl) {
            const basic = Buffer.from(`x-access-token:${options.token}`).toString('base64');
            config.push([`http.${options.serverUrl.replace(/\/+$/, '')}/.extraheader`, `AUTHORIZATION: basic ${basic}`]);
        }
        env.GIT_CONFIG_COUNT = String(config.length);
        config.forEach(([key, value], i) => {
            env[`GIT_CONFIG_KEY_${i}`] = key;
            env[`GIT_CONFIG_VALUE_${i}`] = value;
        });
        this.env = env;
    }
    /** Runs git; resolves with the exit code instead of throwing. */
    exec(args, options = {}) {
        this.logger.debug(`git ${args.join(' ')}`);
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd: options.cwd ?? this.cwd, env: this.env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
                const code = error ? error.code : undefined;
                if (code === 'ENOENT' || code === 'EACCES') {
                    // A setup problem of the machine, not a bug: the person running it can fix it.
                    reject(new UserError('setup', `git could not be started (${code}: ${code === 'ENOENT' ? 'not found on PATH' : 'not executable'}): install git on the runner and make it available on PATH (GitHub-hosted runners have it; a container job needs it in its image), then re-run.`));
                    return;
                }
                if (typeof code === 'string') {
                    reject(new Error(`Could not run git: ${error.message}.`));
                    return;
                }
                const exit = error ? (error.code ?? 1) : 0;
                resolve({ stdout, stderr: scrub(stderr, this.token), code: typeof exit === 'number' ? exit : 1 });
            });
            if (options.input !== undefined)
                child.stdin?.end(options.input);
        });
    }
    /** Runs git and throws an explained error when it fails. */
    async run(args, options = {}) {
        const result = await this.exec(args, options);
        if (result.code !== 0) {
            throw new UserError('state', `git ${args[0]} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`);
        }
        return result.stdout;
    }
    /** Refuses names git would not accept as a branch or tag, and anything that looks like an option. */
    async checkRefFormat(name, what = 'ref') {
        const bad = () => new UserError('input', `"${name}" is not a valid ${what} name (see git check-ref-format).`);
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
        if (!name || looksLikeOption(name) || /[\s~^:?*[\\\x00-\x1f\x7f]/.test(name))
            throw bad();
        const result = await this.exec(['check-ref-format', `refs/heads/${name}`]);
        if (result.code !== 0)
            throw bad();
    }
    async init() {
        await this.run(['init', '--quiet', '--initial-branch=portal-release-work']);
    }
    remoteUrl(serverUrl, r) {
        return `${serverUrl.replace(/\/+$/, '')}/${r.owner}/${r.repo}.git`;
    }
    async addRemote(name, url) {
        await this.run(['remote', 'add', '--', name, url]);
    }
    /**
     * Fetches the given refspecs. `filter` (e.g. `blob:none`) makes a partial clone-style fetch; `depth` cuts each
     * fetched tip's history that many commits deep, `deepen` extends a shallow history from its current boundary,
     * `unshallow` fetches the rest of it.
     */
    async fetch(remote, refspecs, options = {}) {
        const args = ['fetch', '--quiet', '--no-write-fetch-head', '--prune'];
        if (!options.tags)
            args.push('--no-tags');
        if (options.depth)
            args.push(`--depth=${options.depth}`);
        if (options.deepen)
            args.push(`--deepen=${options.deepen}`);
        if (options.unshallow)
            args.push('--unshallow');
        if (options.filter)
            args.push(`--filter=${options.filter}`);
        args.push('--end-of-options', remote, ...refspecs);
        await this.run(args);
    }
    /**
     * The boundary of a shallow history: commits present without their parents (`$GIT_DIR/shallow`); empty when the
     * history is whole. Git treats them as root commits, so near them "not an ancestor" may be false and a diff is
     * taken against the empty tree.
     */
    async shallowCommits() {
        const file = (0,external_node_path_namespaceObject.resolve)(this.cwd, (await this.run(['rev-parse', '--git-path', 'shallow'])).trim());
        const text = await (0,promises_namespaceObject.readFile)(file, 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return '';
            throw error;
        });
        return new Set(text.split('\n').filter(isSha));
    }
    async revParse(rev) {
        const result = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        return result.code === 0 ? result.stdout.trim() : null;
    }
    /** True when `ancestor` is reachable from `descendant`. */
    async isAncestor(ancestor, descendant) {
        const result = await this.exec(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
        if (result.code > 1)
            throw new UserError('state', `git merge-base failed: ${result.stderr.trim()}`);
        return result.code === 0;
    }
    /** Commit SHAs of `range` (e.g. `a..b`), oldest first. */
    async revList(range, options = {}) {
        const args = ['rev-list', '--reverse'];
        if (options.noMerges)
            args.push('--no-merges');
        if (options.firstParent)
            args.push('--first-parent');
        args.push('--end-of-options', ...range, '--');
        const out = await this.run(args);
        return out.split('\n').filter(Boolean);
    }
    /** Full commit messages keyed by SHA for `range`. */
    async messages(range) {
        const out = await this.run(['log', '--format=%H%x00%B%x1e', '--end-of-options', ...range, '--']);
        const map = new Map();
        for (const record of out.split('\x1e')) {
            const text = record.replace(/^\n/, '');
            const i = text.indexOf('\x00');
            if (i === 40 || i === 64)
                map.set(text.slice(0, i), text.slice(i + 1).trim());
        }
        return map;
    }
    /**
     * Stable patch-ids (`git patch-id --stable`) of exactly the given commits (each diffed against
     * its first parent; `noMerges` leaves merges out), keyed by commit. The commits go through
     * stdin, so thousands of them fit; `--no-walk` keeps git from walking (and, in a blob-less
     * clone, fetching blob by blob) the history below them.
     */
    async patchIds(shas, options = {}) {
        const map = new Map();
        if (shas.length === 0)
            return map;
        const bad = shas.find((s) => !/^[0-9a-f]{7,64}$/.test(s));
        if (bad !== undefined)
            throw new Error(`patchIds takes commit SHAs, got "${bad.slice(0, 80)}"`);
        const args = ['log', '-p', '--no-color', '--format=commit %H', '--no-walk=unsorted'];
        if (options.noMerges)
            args.push('--no-merges');
        const diff = await this.run([...args, '--stdin'], { input: `${shas.join('\n')}\n` });
        const out = await this.run(['patch-id', '--stable'], { input: diff });
        for (const line of out.split('\n')) {
            const [patch, commit] = line.trim().split(/\s+/);
            if (patch && commit)
                map.set(commit, patch);
        }
        return map;
    }
    /**
     * In a partial clone (fetched with `--filter=blob:none`), fetches in one request every blob the diffs of
     * `lines` will read: each line is a commit (diffed against its first parent) or `<commit> <base>`, as
     * `git diff-tree --stdin` takes them. Without it, `git log -p` or `git patch-id` make git fetch the missing
     * blobs lazily, a request per commit. `probe` is a commit fetched with the same filter: when its tree lacks
     * no object, the server sent everything (it ignored the filter) and nothing is fetched.
     * Returns the number of blobs requested.
     */
    async prefetchDiffBlobs(remote, lines, probe) {
        if (!lines.length)
            return 0;
        const tip = await this.run(['rev-list', '--objects', '--missing=print', '--no-walk', '--end-of-options', probe]);
        if (!/^\?/m.test(tip))
            return 0;
        const out = await this.run(['diff-tree', '-r', '--root', '--no-commit-id', '--no-renames', '--stdin'], { input: `${lines.join('\n')}\n` });
        const blobs = new Set();
        for (const line of out.split('\n')) {
            // Gitlinks (mode 160000) name commits of another repository: never fetched.
            const m = /^:(\d+) (\d+) ([0-9a-f]+) ([0-9a-f]+) /.exec(line);
            if (!m)
                continue;
            if (m[1] !== '160000' && !/^0+$/.test(m[3]))
                blobs.add(m[3]);
            if (m[2] !== '160000' && !/^0+$/.test(m[4]))
                blobs.add(m[4]);
        }
        if (!blobs.size)
            return 0;
        this.logger.debug(`prefetching ${blobs.size} blobs in one request`);
        // The same request git's own lazy fetch of a promisor remote makes, for all the blobs at once.
        await this.run([
            '-c',
            'fetch.negotiationAlgorithm=noop',
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            '--recurse-submodules=no',
            '--filter=blob:none',
            '--stdin',
            '--end-of-options',
            remote,
        ], { input: `${[...blobs].join('\n')}\n` });
        return blobs.size;
    }
    /**
     * The bytes of blobs, by SHA (one `git cat-file --batch`, binary-safe). In a blob-less clone a
     * blob that is not here yet comes from the promisor remote.
     */
    async readBlobs(shas) {
        const map = new Map();
        for (const sha of shas)
            if (!isSha(sha))
                throw new UserError('state', `"${sha}" is not an object id.`);
        if (shas.length === 0)
            return map;
        this.logger.debug(`git cat-file --batch (${shas.length} blob(s))`);
        const out = await new Promise((resolveOut, reject) => {
            const child = (0,external_node_child_process_namespaceObject.execFile)('git', ['cat-file', '--batch'], { cwd: this.cwd, env: this.env, maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => error ? reject(new UserError('state', `git cat-file failed: ${scrub(String(stderr), this.token).trim()}`)) : resolveOut(stdout));
            child.stdin?.end(`${shas.join('\n')}\n`);
        });
        // Each answer: "<sha> <type> <size>\n<bytes>\n", or "<sha> missing\n".
        let at = 0;
        while (at < out.length) {
            const eol = out.indexOf(10, at);
            const [sha, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
            if (type !== 'blob')
                throw new UserError('state', `${sha} is not a blob here (${type}).`);
            const length = Number(size);
            map.set(sha, Buffer.from(out.subarray(eol + 1, eol + 1 + length)));
            at = eol + 1 + length + 1;
        }
        return map;
    }
    /** Paths a set of commits change (each against its first parent), in one git call. */
    async changedPaths(commits) {
        const paths = new Set();
        if (!commits.length)
            return paths;
        const out = await this.run(['diff-tree', '-r', '-z', '--name-only', '--no-commit-id', '--root', '-m', '--first-parent', '--stdin'], {
            input: `${commits.join('\n')}\n`,
        });
        for (const p of out.split('\0'))
            if (p && !isSha(p.trim()))
                paths.add(p);
        return paths;
    }
    /**
     * Limits what later checkouts write to the working tree to `paths`, or to everything again with `null`: a
     * sparse checkout whose patterns each name one path exactly (sparsePattern). Files outside it stay in the
     * index, marked skip-worktree, so git treats them as unchanged; a merge that conflicts on one writes it out.
     * Returns whether the limit applies: a path no pattern can name (a line break in it) writes everything.
     */
    async limitWorktree(paths) {
        const patterns = paths === null ? null : [...paths].map(sparsePattern);
        const limited = patterns !== null && patterns.length > 0 && patterns.every((p) => p !== null);
        // Once limited, the whole tree comes back through the pattern "/*": turning sparse checkout off would leave
        // the skip-worktree marks of the files outside the limit in the index, and the next checkout would not write them.
        if (!limited && !this.sparse)
            return false;
        const file = (0,external_node_path_namespaceObject.resolve)(this.cwd, (await this.run(['rev-parse', '--git-path', 'info/sparse-checkout'])).trim());
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(file, `${limited ? patterns.join('\n') : '/*'}\n`);
        if (!this.sparse) {
            await this.run(['config', 'core.sparseCheckoutCone', 'false']);
            await this.run(['config', 'core.sparseCheckout', 'true']);
            this.sparse = true;
        }
        return limited;
    }
    async checkoutNew(branch, startPoint) {
        for (const value of [branch, startPoint]) {
            if (looksLikeOption(value))
                throw new UserError('input', `"${value}" is not a valid ref.`);
        }
        // `--` after the start point makes git read it as a revision, never as a path or an option.
        await this.run(['checkout', '--quiet', '--force', '-B', branch, startPoint, '--']);
    }
    /**
     * `git cherry-pick -x`, one commit at a time. Returns 'picked' when at least one commit changed
     * the tree, 'empty' when every commit was already there (not a conflict), or 'conflict'
     * (leaving the conflicted state in place for the caller to commit as a draft or abort).
     */
    async cherryPick(shas, options = {}) {
        const picked = [];
        for (const sha of shas) {
            const args = ['cherry-pick', '-x', '--allow-empty-message'];
            if (options.mainline)
                args.push('-m', String(options.mainline));
            const result = await this.exec([...args, '--end-of-options', sha]);
            if (result.code === 0) {
                picked.push(sha);
                continue;
            }
            const conflicted = (await this.exec(['diff', '--name-only', '--diff-filter=U'])).stdout.split('\n').filter(Boolean);
            if (conflicted.length === 0 && /empty|nothing to commit|nothing added/i.test(result.stderr + result.stdout)) {
                await this.exec(['cherry-pick', '--skip']);
                continue;
            }
            return { outcome: 'conflict', picked, conflictAt: sha, conflictedFiles: conflicted, stderr: result.stderr };
        }
        return { outcome: picked.length > 0 ? 'picked' : 'empty', picked, conflictedFiles: [], stderr: '' };
    }
    async abortCherryPick() {
        await this.exec(['cherry-pick', '--abort']);
    }
    async push(remote, refspecs, options = {}) {
        const args = ['push', '--quiet', '--no-verify'];
        if (options.force)
            args.push('--force');
        if (options.atomic)
            args.push('--atomic');
        args.push('--end-of-options', remote, ...refspecs);
        await this.run(args);
    }
    /** A scratch repository in a fresh temporary directory, removed by `dispose()`. */
    static async scratch(options) {
        const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(options.parent ?? (0,external_node_os_namespaceObject.tmpdir)(), 'portal-release-'));
        const git = new Git({ ...options, cwd: dir });
        git.dispose = () => (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        await git.init();
        return git;
    }
}
/**
 * A blob-less fetch (`--filter=blob:none`) of only as much history as the proofs read: each fetched tip `depth`
 * commits deep, deepened when a proof walks into the boundary, and the whole history as the last resort, so that a
 * verdict never differs from the one the whole history gives.
 *
 * Git's shallow semantics (gitshallow, git-fetch `--depth`/`--deepen`/`--unshallow`, protocol v2 `deepen`): the
 * commits at the boundary are kept without their parents and git treats them as roots. In the cut history every
 * "reachable" answer is still true, but "not reachable" (ancestry, `merge-base`, `a..b`) may be false, a boundary
 * commit's diff is taken against the empty tree (a wrong patch-id, a wrong cherry-pick) and `merge-base` may find
 * nothing. Hence the rule of `covers`: a walk (`rev-list` of positive and `^negative` revisions) that visits no
 * boundary commit is the walk the whole history gives — each commit it visits has all its parents, so no commit the
 * whole-history walk reaches is missing and no ancestry in it is cut. Callers name every walk their proof makes,
 * with the commits whose diffs they read among its commits.
 * `--depth` counts from every tip separately (shortest path), including commits fetched by id, and combines with
 * `--filter` (protocol v2): blobs stay on the server and come later in one batch (`Git.prefetchDiffBlobs`) or lazily
 * from the promisor remote, which also works in a shallow repository.
 */
class BoundedHistory {
    git;
    remote;
    refspecs;
    depth;
    deepenings = 0;
    /** Fetches made after the first, for the log and the tests. */
    extraFetches = 0;
    /** Deepenings (each doubling the depth) before the whole history is fetched. */
    static MAX_DEEPENINGS = 2;
    constructor(git, remote, refspecs, depth) {
        this.git = git;
        this.remote = remote;
        this.refspecs = refspecs;
        this.depth = depth;
    }
    /** The first fetch: `depth` deep, or the whole history when no depth is known. */
    async fetch() {
        await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', depth: this.depth });
    }
    /**
     * True when none of `walks` reaches the shallow boundary (always, once the history is whole). Otherwise fetches
     * deeper and returns false: the caller recomputes what its walks depend on (a merge base moves) and asks again.
     */
    async covers(walks) {
        const boundary = await this.git.shallowCommits();
        if (boundary.size === 0)
            return true;
        const reached = await this.firstBoundaryReached(walks.filter((w) => w.length), boundary);
        if (!reached)
            return true;
        this.extraFetches += 1;
        if (this.depth && this.deepenings < BoundedHistory.MAX_DEEPENINGS) {
            this.deepenings += 1;
            const more = this.depth;
            this.depth *= 2;
            await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', deepen: more });
        }
        else {
            await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', unshallow: true });
        }
        return false;
    }
    /**
     * The first boundary commit one of `walks` visits (`rev-list <positive>… ^<negative>…`), computed over the fetched
     * graph in one `rev-list --parents` (a process per walk costs more than the walks: a proof may make dozens).
     */
    async firstBoundaryReached(walks, boundary) {
        if (!walks.length)
            return undefined;
        const tips = [...new Set(walks.flat().map((rev) => rev.replace(/^\^/, '')))];
        // Tips are commit ids and this suite's own refs; git 2.39's rev-parse has no --end-of-options (it echoes it).
        if (tips.some(looksLikeOption))
            throw new Error(`not a revision: ${tips.find(looksLikeOption)}`);
        const resolved = (await this.git.run(['rev-parse', ...tips])).split('\n').filter(Boolean);
        if (resolved.length !== tips.length)
            throw new Error(`rev-parse resolved ${resolved.length} of ${tips.length} revisions`);
        const sha = new Map(tips.map((t, i) => [t, resolved[i]]));
        const parents = new Map();
        const out = await this.git.run(['rev-list', '--parents', '--stdin'], { input: `${[...new Set(resolved)].join('\n')}\n` });
        for (const line of out.split('\n')) {
            const [commit, ...rest] = line.split(' ');
            if (commit)
                parents.set(commit, rest);
        }
        const reach = new Map();
        const reachable = (from) => {
            let seen = reach.get(from);
            if (seen)
                return seen;
            seen = new Set();
            const stack = [from];
            while (stack.length) {
                const c = stack.pop();
                if (seen.has(c))
                    continue;
                seen.add(c);
                // A boundary commit is listed without its parents: git grafts them away.
                for (const p of parents.get(c) ?? [])
                    if (!seen.has(p))
                        stack.push(p);
            }
            reach.set(from, seen);
            return seen;
        };
        for (const walk of walks) {
            const excluded = walk.filter((r) => r.startsWith('^')).map((r) => reachable(sha.get(r.slice(1))));
            for (const positive of walk.filter((r) => !r.startsWith('^'))) {
                for (const c of reachable(sha.get(positive)))
                    if (boundary.has(c) && !excluded.some((x) => x.has(c)))
                        return c;
            }
        }
        return undefined;
    }
    /** Makes the history whole (a proof that cannot name its walks beforehand). */
    async unshallow() {
        if ((await this.git.shallowCommits()).size === 0)
            return;
        this.extraFetches += 1;
        await this.git.fetch(this.remote, this.refspecs, { filter: 'blob:none', unshallow: true });
    }
}
/**
 * The depth that reaches the merge base of two tips from both: the longest side of the divergence (GitHub's
 * compare `ahead_by`/`behind_by`) plus the base itself, and at least `minimum` so that small divergences with merges
 * rarely need a deepening. Only a hint: `BoundedHistory.covers` proves what was fetched is enough.
 */
function depthToMergeBase(aheadBy, behindBy, minimum = 64) {
    return Math.max(minimum, aheadBy + 1, behindBy + 1);
}

;// CONCATENATED MODULE: ./shared/identity.ts

/**
 * The login GitHub gives the job's GITHUB_TOKEN: an installation token of the GitHub Actions app.
 * Everything written with that token (pull requests, comments, issues) is authored by this bot.
 */
const ACTIONS_BOT = 'github-actions[bot]';
const VIEWER_QUERY = 'query SuiteIdentity { viewer { login } }';
/**
 * Who the suite is: the login its token writes as, plus the logins the policy trusts
 * (`trusted-logins`, e.g. the App or account that opened older suite pull requests).
 *
 * The token's login comes from GraphQL `viewer { login }`, which answers for user tokens and for
 * GitHub App installation tokens (as `<app-slug>[bot]`); REST `GET /user` refuses installation
 * tokens ("Resource not accessible by integration"), so it is never used. When the viewer query is
 * refused, the token is taken to be the job's GITHUB_TOKEN, which writes as github-actions[bot].
 * The query is sent lazily, at most once per run (per GitHub port), and only when a decision needs
 * it: a login listed in the policy is trusted without it.
 */
class SuiteIdentity {
    github;
    trusted;
    constructor(github, trustedLogins = []) {
        this.github = github;
        this.trusted = new Set(trustedLogins.map((l) => l.toLowerCase()));
    }
    /** Whether `login` is the suite (the token's own login or one the policy trusts). */
    async isSuite(login) {
        if (!login)
            return false;
        const key = login.toLowerCase();
        if (this.trusted.has(key))
            return true;
        return (await this.tokenLogin()).toLowerCase() === key;
    }
    /** The login the token writes as (one GraphQL query, cached for the run). */
    async tokenLogin() {
        return (await this.resolve()).login;
    }
    /** Every login the suite trusts, with how the token's own one was learnt (for summaries). */
    async describe() {
        const { login, how } = await this.resolve();
        const others = [...this.trusted].filter((l) => l !== login.toLowerCase());
        return `${login} (${how})${others.length ? `, and from the policy's trusted-logins: ${others.join(', ')}` : ''}`;
    }
    resolve() {
        let viewer = viewerCache.get(this.github);
        if (!viewer) {
            viewer = viewerLogin(this.github);
            viewerCache.set(this.github, viewer);
        }
        return viewer;
    }
}
/** One viewer query per GitHub port, whichever action part asks first. */
const viewerCache = new WeakMap();
async function viewerLogin(github) {
    try {
        const data = await github.graphql('Reading the login of the token (GraphQL viewer)', VIEWER_QUERY, {});
        const login = data.viewer?.login;
        if (login)
            return { login, how: 'the token, from GraphQL viewer' };
    }
    catch (error) {
        // Refused (FORBIDDEN / 403): the job's GITHUB_TOKEN. Anything else (bad token, outage) is a real failure.
        if (!(error instanceof GitHubError && error.status === 403) && !isForbidden(error))
            throw error;
    }
    github.debug(`The viewer query was refused; taking the token to be the job's GITHUB_TOKEN (${ACTIONS_BOT}).`);
    return { login: ACTIONS_BOT, how: "the job's GITHUB_TOKEN: the viewer query was refused" };
}
function isForbidden(error) {
    const text = error instanceof Error ? error.message : String(error);
    return /FORBIDDEN|not accessible by integration/i.test(text);
}
/**
 * The REST spelling of a GraphQL Actor's login. GraphQL names a Bot without the `[bot]` suffix
 * that REST, `viewer` and the suite's identity use ("github-actions" vs "github-actions[bot]"), so
 * every query that reads an author asks for `__typename` and maps it here before comparing.
 */
function actorLogin(actor) {
    if (!actor)
        return '';
    return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}

;// CONCATENATED MODULE: ./shared/release-pull-request.ts


/** Marker kind of the release pull request staging → production that promote-rc manages. */
const RELEASE_PR_KIND = 'release-pr';
/**
 * The one place that decides whether a pull request is the suite's release pull request: the
 * ownership test (the suite's identity, its release head branch in this repository, into
 * production, at the pinned commit), never the marker alone. The release gate, milestone-check and
 * tag-and-release all ask here. Returns undefined for any other pull request; one that carries a
 * copied marker is noted in `ignored`.
 */
async function suiteReleasePullRequest(pr, policy, ctx) {
    const role = promotionRole(RELEASE_PR_KIND, policy);
    // Neither on the suite's branch nor marked: a person's pull request, without asking who the suite is.
    if (pr.headRef !== role.headBranch && !findMarker(pr.body, RELEASE_PR_KIND))
        return undefined;
    const ownership = await judgePullRequest(pr, RELEASE_PR_KIND, role, { repo: ctx.repo, identity: ctx.identity });
    if (ownership.verdict === 'foreign') {
        ctx.ignored?.notePull(pr, RELEASE_PR_KIND, ownership);
        return undefined;
    }
    return ownership;
}

;// CONCATENATED MODULE: ./actions/milestone-check/steps/items.ts



const MILESTONE_LOOKUP_QUERY = `query MilestoneLookup($owner: String!, $name: String!, $title: String!) {
  repository(owner: $owner, name: $name) {
    url
    milestones(query: $title, first: 100, states: [OPEN, CLOSED]) {
      nodes { number title state url dueOn }
    }
  }
}`;
/** Finds the milestone whose title is exactly `title` (GitHub's `query` is a substring search). */
async function findMilestone(github, repo, title) {
    const data = await github.graphql(`Looking up milestone "${title}" in ${repoName(repo)}`, MILESTONE_LOOKUP_QUERY, {
        owner: repo.owner,
        name: repo.repo,
        title,
    });
    if (!data.repository)
        throw new UserError('not-found', `Repository ${repoName(repo)} was not found (check the "repos" input and that the token can read it).`);
    const hit = data.repository.milestones.nodes.find((m) => m.title === title);
    return {
        repoUrl: data.repository.url,
        milestone: hit ? { number: hit.number, title: hit.title, state: hit.state === 'CLOSED' ? 'closed' : 'open', url: hit.url, dueOn: hit.dueOn ?? null } : null,
    };
}
/** The fields of a pull request linked to an issue. */
const LINKED_PULL = `number title url state merged mergedAt baseRefName body
  repository { nameWithOwner }
  mergeCommit { oid }
  commits(last: 1) { totalCount nodes { commit { messageHeadline } } }`;
/**
 * An issue's changes, in the same request as the issue: the pull requests GitHub says close it
 * (`closedByPullRequestsReferences`, merged ones only with `includeClosedPrs`), and its timeline's
 * closed (closer), connected (linked by hand) and cross-referenced events (a pull request whose
 * body names it with a closing keyword — GitHub links those only for the default branch, teams
 * often merge fixes into a development branch that is not).
 */
const MILESTONE_ITEMS_QUERY = `query MilestoneItems($owner: String!, $name: String!, $number: Int!, $withIssues: Boolean!, $withPulls: Boolean!, $issueCursor: String, $pullCursor: String) {
  repository(owner: $owner, name: $name) {
    milestone(number: $number) {
      issues(first: 100, after: $issueCursor) @include(if: $withIssues) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number title url state stateReason labels(first: 50) { nodes { name } }
          closedByPullRequestsReferences(first: 10, includeClosedPrs: true) { nodes { ${LINKED_PULL} } }
          timelineItems(first: 50, itemTypes: [CLOSED_EVENT, CONNECTED_EVENT, CROSS_REFERENCED_EVENT]) {
            pageInfo { hasNextPage }
            nodes {
              __typename
              ... on ClosedEvent { closer { __typename ... on PullRequest { ${LINKED_PULL} } } }
              ... on ConnectedEvent { subject { __typename ... on PullRequest { ${LINKED_PULL} } } source { __typename ... on PullRequest { ${LINKED_PULL} } } }
              ... on CrossReferencedEvent { willCloseTarget source { __typename ... on PullRequest { ${LINKED_PULL} } } }
            }
          }
        }
      }
      pullRequests(first: 100, after: $pullCursor) @include(if: $withPulls) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number title url state merged mergedAt baseRefName
          mergeCommit { oid }
          labels(first: 50) { nodes { name } }
          commits(last: 1) { totalCount nodes { commit { messageHeadline } } }
        }
      }
    }
  }
}`;
const labelsOf = (n) => (n.labels?.nodes ?? []).map((l) => l.name);
/**
 * Does `body` name the issue with one of GitHub's closing keywords ("fixes #12", "Closes:
 * owner/repo#12", "resolved https://github.com/owner/repo/issues/12")? Case-insensitive, as GitHub.
 */
function closesIssue(body, issue, repoFullName) {
    const ref = `(?:#|${escapeRegExp(repoFullName)}#|${escapeRegExp(issue.url.replace(/\/\d+$/, '/'))})${issue.number}(?![\\w/])`;
    return new RegExp(`\\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?):?\\s+${ref}`, 'i').test(body ?? '');
}
function isPull(n) {
    return !!n && (n.__typename === undefined || n.__typename === 'PullRequest') && 'number' in n;
}
/** The pull requests of this repository linked to an issue, first link kind wins, by number. */
function linksOf(n, repoFullName) {
    const found = new Map();
    const add = (p, via) => {
        if (!isPull(p) || p.repository.nameWithOwner.toLowerCase() !== repoFullName.toLowerCase() || found.has(p.number))
            return;
        found.set(p.number, {
            number: p.number,
            title: p.title,
            url: p.url,
            state: p.merged || p.state === 'MERGED' ? 'merged' : p.state === 'OPEN' ? 'open' : 'closed',
            baseRef: p.baseRefName,
            mergeCommit: p.mergeCommit?.oid ?? null,
            mergedAt: p.mergedAt,
            commitCount: p.commits.totalCount,
            lastCommitHeadline: p.commits.nodes[0]?.commit.messageHeadline ?? '',
            via,
        });
    };
    for (const p of n.closedByPullRequestsReferences?.nodes ?? [])
        add(p, 'closed-by');
    for (const e of n.timelineItems?.nodes ?? []) {
        if (e.__typename === 'ClosedEvent')
            add(e.closer, 'closed-by');
        else if (e.__typename === 'ConnectedEvent') {
            add(e.subject, 'connected');
            add(e.source, 'connected');
        }
        else if (e.__typename === 'CrossReferencedEvent' && isPull(e.source)) {
            if (e.willCloseTarget || closesIssue(e.source.body, n, repoFullName))
                add(e.source, 'closing-reference');
        }
    }
    return [...found.values()].sort((a, b) => a.number - b.number);
}
/**
 * Every issue and pull request of a milestone, 100 of each per GraphQL request: both connections
 * are paged in the same request until each is exhausted.
 */
async function listMilestoneItems(github, repo, milestone) {
    const items = [];
    let issueCursor = null;
    let pullCursor = null;
    let withIssues = true;
    let withPulls = true;
    while (withIssues || withPulls) {
        const data = await github.graphql(`Listing milestone "${milestone.title}" of ${repoName(repo)}`, MILESTONE_ITEMS_QUERY, {
            owner: repo.owner,
            name: repo.repo,
            number: milestone.number,
            withIssues,
            withPulls,
            issueCursor,
            pullCursor,
        });
        const m = data.repository?.milestone;
        if (!m)
            throw new UserError('not-found', `Milestone "${milestone.title}" of ${repoName(repo)} disappeared while it was being read; re-run the job.`);
        if (withIssues) {
            for (const n of m.issues?.nodes ?? []) {
                items.push({
                    kind: 'issue',
                    number: n.number,
                    title: n.title,
                    url: n.url,
                    state: n.state === 'OPEN' ? 'open' : 'closed',
                    labels: labelsOf(n),
                    notPlanned: n.stateReason === 'NOT_PLANNED' || n.stateReason === 'DUPLICATE',
                    links: linksOf(n, repoName(repo)),
                    linksTruncated: Boolean(n.timelineItems?.pageInfo.hasNextPage),
                });
            }
            withIssues = Boolean(m.issues?.pageInfo.hasNextPage);
            issueCursor = m.issues?.pageInfo.endCursor ?? null;
        }
        if (withPulls) {
            for (const n of m.pullRequests?.nodes ?? []) {
                items.push({
                    kind: 'pull',
                    number: n.number,
                    title: n.title,
                    url: n.url,
                    state: n.merged || n.state === 'MERGED' ? 'merged' : n.state === 'OPEN' ? 'open' : 'closed',
                    labels: labelsOf(n),
                    baseRef: n.baseRefName,
                    mergeCommit: n.mergeCommit?.oid ?? null,
                    mergedAt: n.mergedAt,
                    commitCount: n.commits.totalCount,
                    lastCommitHeadline: n.commits.nodes[0]?.commit.messageHeadline ?? '',
                });
            }
            withPulls = Boolean(m.pullRequests?.pageInfo.hasNextPage);
            pullCursor = m.pullRequests?.pageInfo.endCursor ?? null;
        }
    }
    return items.sort((a, b) => a.number - b.number);
}

;// CONCATENATED MODULE: ./shared/presence.ts



const TARGET_REF = 'refs/portal-release/target';
/**
 * How deep to fetch so that `head` and every branch of `targets` reach their merge base: GitHub's compare counts
 * (one request per target branch). Undefined — fetch the whole history — when
 * GitHub cannot say (the compare fails): the depth is only a hint, never part of a proof.
 */
async function depthForPresence(github, repo, targets, head, logger) {
    let depth = 0;
    for (const target of [...new Set(targets)]) {
        try {
            const c = await github.compare(repo, target, head);
            depth = Math.max(depth, depthToMergeBase(c.aheadBy, c.behindBy));
        }
        catch (error) {
            logger.debug(`no divergence counts for ${target}...${head.slice(0, 12)} (${error.message}): fetching the whole history`);
            return undefined;
        }
    }
    return depth || undefined;
}
/**
 * One fetch: the target branch plus every merge commit by id, without blobs (`--filter=blob:none`;
 * patch-ids fetch the few blobs they need later), `plan.depth` deep (`decidePresence` deepens it when a
 * proof needs more). Servers that refuse fetching by id get a second try with the pull requests' base
 * branches. Branch names must already be validated.
 */
async function fetchForPresence(git, plan, logger) {
    const target = `+refs/heads/${plan.targetBranch}:${TARGET_REF}`;
    const shas = [...new Set(plan.mergeCommits.filter(isSha))];
    const branchMissing = (text) => /couldn't find remote ref/i.test(text);
    const byId = new BoundedHistory(git, 'origin', [target, ...shas], plan.depth);
    try {
        await byId.fetch();
        return byId;
    }
    catch (error) {
        const text = error.message;
        if (branchMissing(text) && !shas.length)
            throw error;
        logger.debug(`fetch by commit id failed (${text}); fetching base branches instead`);
    }
    const bases = [...new Set(plan.baseBranches)].filter((b) => b !== plan.targetBranch);
    const byBranch = new BoundedHistory(git, 'origin', [target, ...bases.map((b) => `+refs/heads/${b}:refs/portal-release/base/${b}`)], plan.depth);
    await byBranch.fetch();
    return byBranch;
}
async function commitMeta(git, shas) {
    const map = new Map();
    if (!shas.length)
        return map;
    const out = await git.run(['log', '--no-walk=unsorted', '--format=%H%x00%P%x00%s', '--stdin'], { input: `${shas.join('\n')}\n` });
    for (const line of out.split('\n')) {
        const [sha, parents, subject] = line.split('\x00');
        if (sha && isSha(sha))
            map.set(sha, { sha, parents: (parents ?? '').split(' ').filter(Boolean), subject: subject ?? '' });
    }
    return map;
}
async function present(git, shas) {
    const found = new Set();
    if (!shas.length)
        return found;
    const out = await git.exec(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${shas.join('\n')}\n` });
    for (const line of out.stdout.split('\n')) {
        const [sha, type] = line.split(' ');
        if (sha && type === 'commit')
            found.add(sha);
    }
    return found;
}
/** `git cherry-pick -x` trailers, full or abbreviated SHAs (people shorten them when they pick by hand). */
const CHERRY_PICK_TRAILER = /\(cherry picked from commit ([0-9a-f]{7,64})\)/g;
const TRAILER = CHERRY_PICK_TRAILER;
/** Commit messages of `target` not reachable from `exclude`, reduced to the commits their `-x` trailers name. */
async function pickedTrailers(git, exclude) {
    const out = await git.run(['log', '--format=%H%x00%B%x1e', '--stdin'], { input: [TARGET_REF, ...exclude.map((e) => `^${e}`), ''].join('\n') });
    const named = new Map();
    for (const record of out.split('\x1e')) {
        const text = record.replace(/^\n/, '');
        const i = text.indexOf('\x00');
        if (i < 40)
            continue;
        const commit = text.slice(0, i);
        for (const m of text.slice(i + 1).matchAll(TRAILER))
            named.set(m[1], commit);
    }
    return named;
}
/** The commit whose trailer names `sha` (exactly, or by an abbreviation of at least 7 digits). */
function trailerFor(named, sha) {
    const exact = named.get(sha);
    if (exact)
        return exact;
    for (const [short, commit] of named)
        if (short.length < sha.length && sha.startsWith(short))
            return commit;
    return undefined;
}
async function patchIdsOfDiff(git, diff) {
    if (!diff.trim())
        return null;
    const out = await git.run(['patch-id', '--stable'], { input: diff });
    return out.trim().split(/\s+/)[0] || null;
}
/**
 * Does a pull request say it carries #number? Returns the wording found, or null. The default
 * wordings of common backport tools:
 * - korthout/backport-action: body "Backport of #N to `branch`" (also "backported from #N");
 * - sorenlouv/backport: title "[branch] subject (#N)", body "- [subject (#N)](url)";
 * - Mergify: title "subject (backport #N)", body "This is an automatic backport of pull request #N";
 * - hand-made: "cherry-pick of #N", a link to the pull request, the suite's backport marker;
 * plus the policy's `backport.reference-patterns` (`{number}` stands for N). A revert is no carrier.
 * Text is a claim only: the caller corroborates it by content.
 */
function referencesPull(pull, number, pullUrl, extra = []) {
    if (/^\s*revert\b/i.test(pull.title))
        return null;
    const text = `${pull.title}\n${pull.body}`;
    const n = String(number);
    const ref = `(?:[\\w.-]+/[\\w.-]+)?#${n}(?!\\d)`;
    const patterns = [
        ['Backport of #N', new RegExp(`\\bbackport(?:ed)?\\s+(?:of|from)\\s+${ref}`, 'i')],
        ['(backport #N)', new RegExp(`\\(backport\\s+${ref}\\)`, 'i')],
        ['automatic backport of pull request #N', new RegExp(`\\bautomat(?:ic|ed)\\s+backport\\s+of\\s+(?:pull\\s+request\\s+)?${ref}`, 'i')],
        ['cherry-pick of #N', new RegExp(`\\bcherry[- ]?pick(?:ed)?\\s+(?:of|from)\\s+${ref}`, 'i')],
        ['(#N)', new RegExp(`\\(${ref}\\)`)],
    ];
    if (pullUrl)
        patterns.push(['a link to the pull request', new RegExp(`${escapeRegExp(pullUrl)}(?![\\d/])`, 'i')]);
    for (const pattern of extra)
        patterns.push([pattern, new RegExp(pattern.replaceAll('{number}', n), 'iu')]);
    for (const [name, re] of patterns)
        if (re.test(text))
            return name;
    for (const m of parseMarkers(text)) {
        if (!m.kind.includes('backport'))
            continue;
        for (const key of ['source', 'pr', 'pull', 'of', 'original', 'number'])
            if (m.attrs[key] === n)
                return `a ${m.kind} marker`;
    }
    return null;
}
/**
 * Deepens a bounded fetch until every walk the git proofs make is whole: the target's side against each merge
 * commit not on it (ancestry, `-x` trailers, patch-ids; per merge commit, as each excludes a different history),
 * the merge commits' side against the target (their commits and the parents their diffs read) and what a merge
 * commit brought (second parent against first).
 */
async function coverPresenceWalks(git, history, changes) {
    for (;;) {
        if ((await git.shallowCommits()).size === 0)
            return;
        const fetched = [...(await present(git, [...new Set(changes.map((c) => c.mergeCommit).filter(isSha))]))];
        const onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
        const off = fetched.filter((m) => !onTarget.has(m));
        const walks = [off.length ? [...off, `^${TARGET_REF}`] : []];
        for (const m of (await commitMeta(git, off)).values())
            if (m.parents.length >= 2)
                walks.push([m.parents[1], `^${m.parents[0]}`]);
        for (const m of off)
            walks.push([TARGET_REF, `^${m}`]);
        if (await history.covers(walks))
            return;
    }
}
/** Decides, for every merged pull request, whether its change is on the fetched target branch. */
async function decidePresence(o) {
    const { git, logger } = o;
    if (o.history)
        await coverPresenceWalks(git, o.history, o.changes);
    let onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
    const verdicts = new Map();
    const pending = [];
    const fetched = await present(git, [...new Set(o.changes.map((c) => c.mergeCommit).filter(isSha))]);
    // 1. Ancestry of the merge commit.
    for (const change of o.changes) {
        if (!fetched.has(change.mergeCommit)) {
            verdicts.set(change.number, {
                number: change.number,
                present: false,
                evidence: `merge commit ${change.mergeCommit.slice(0, 12)} could not be fetched from the repository`,
                commits: [],
            });
        }
        else if (onTarget.has(change.mergeCommit)) {
            verdicts.set(change.number, {
                number: change.number,
                present: true,
                method: 'ancestry',
                evidence: `merge commit ${change.mergeCommit.slice(0, 12)} is on the branch`,
                commits: [change.mergeCommit],
            });
        }
    }
    const rest = o.changes.filter((c) => !verdicts.has(c.number));
    if (!rest.length)
        return o.changes.map((c) => verdicts.get(c.number));
    // The commits that carry each remaining change: a merge commit brings its second parent's
    // commits; a rebase merge the last N first-parent commits; a squash merge is one commit.
    const meta = await commitMeta(git, rest.map((c) => c.mergeCommit));
    for (const change of rest) {
        const m = meta.get(change.mergeCommit);
        let commits = [change.mergeCommit];
        let combinedBase = m?.parents[0] ?? null;
        if (m && m.parents.length >= 2) {
            commits = (await git.run(['rev-list', '--reverse', '--no-merges', '--stdin'], { input: `${m.parents[1]}\n^${m.parents[0]}\n` }))
                .split('\n')
                .filter(Boolean);
        }
        else if (m && change.commitCount > 1 && m.subject === change.lastCommitHeadline) {
            const chain = (await git.run(['rev-list', '--first-parent', `--max-count=${change.commitCount}`, '--parents', '--stdin'], { input: `${m.sha}\n` }))
                .split('\n')
                .filter(Boolean)
                .map((l) => l.split(' '));
            if (chain.length === change.commitCount && chain.every((p) => p.length === 2)) {
                commits = chain.map((p) => p[0]).reverse();
                combinedBase = chain[chain.length - 1][1];
            }
        }
        pending.push({ change, commits, combinedBase });
    }
    // A rebase merge's chain may end in the commits the target has (its first-parent walk is not among the
    // covered walks): a commit whose diff is read must have its parents, else the whole history decides.
    if (o.history) {
        const boundary = await git.shallowCommits();
        if (pending.some((p) => p.commits.some((c) => boundary.has(c)))) {
            await o.history.unshallow();
            return decidePresence(o);
        }
    }
    // 2. `git cherry-pick -x` trailers on the target side.
    const exclude = pending.map((p) => p.change.mergeCommit);
    const named = await pickedTrailers(git, exclude);
    let open = pending.filter((p) => {
        const byMerge = trailerFor(named, p.change.mergeCommit);
        const each = p.commits.map((c) => trailerFor(named, c));
        const proof = byMerge ?? (each.every(Boolean) ? each[each.length - 1] : undefined);
        if (!proof)
            return true;
        verdicts.set(p.change.number, {
            number: p.change.number,
            present: true,
            method: 'cherry-pick-trailer',
            evidence: `cherry-picked with -x as ${proof.slice(0, 12)}`,
            commits: p.commits,
        });
        return false;
    });
    // 3. Patch-id equivalence: each commit, or the whole change, has an equal patch on the target side.
    if (open.length) {
        const targetSide = (await git.run(['rev-list', '--no-merges', '--stdin'], { input: [TARGET_REF, ...exclude.map((e) => `^${e}`), ''].join('\n') }))
            .split('\n')
            .filter(Boolean);
        if (targetSide.length) {
            await git.prefetchDiffBlobs('origin', [...targetSide, ...open.flatMap((p) => p.commits), ...open.flatMap((p) => (p.combinedBase ? [`${p.change.mergeCommit} ${p.combinedBase}`] : []))], TARGET_REF);
            const theirs = await git.patchIds(targetSide, { noMerges: true });
            const byPatch = new Map();
            for (const [commit, patch] of theirs)
                byPatch.set(patch, commit);
            const ours = await git.patchIds([...new Set(open.flatMap((p) => p.commits))]);
            const still = [];
            for (const p of open) {
                const each = p.commits.map((c) => byPatch.get(ours.get(c) ?? '') ?? trailerFor(named, c));
                let proof = each.length && each.every(Boolean) ? each[each.length - 1] : undefined;
                let method = 'patch-id';
                if (!proof && p.combinedBase) {
                    const whole = await patchIdsOfDiff(git, await git.run(['diff', '--no-color', '--no-ext-diff', p.combinedBase, p.change.mergeCommit, '--']));
                    proof = whole ? byPatch.get(whole) : undefined;
                    method = 'patch-id-whole';
                }
                if (proof) {
                    verdicts.set(p.change.number, {
                        number: p.change.number,
                        present: true,
                        method,
                        evidence: `same patch as ${proof.slice(0, 12)}`,
                        commits: p.commits,
                    });
                }
                else
                    still.push(p);
            }
            open = still;
        }
    }
    // 4. What the API knows: suite promotions squash-merged into the branch, and merged pull
    // requests that say they carry the change, corroborated by what they change.
    if (open.length) {
        const merged = await o.mergedInto(open.map((p) => p.change));
        if (o.history) {
            // The API names merge commits of the target's history that a bounded fetch may have left out (or kept
            // without parents, and so without their diff): then the whole history decides.
            const boundary = await git.shallowCommits();
            const named = [...merged.promotions.map((x) => x.mergeCommit), ...merged.references.flatMap((b) => (b.mergeCommit ? [b.mergeCommit] : []))];
            if (boundary.size && named.some((sha) => isSha(sha) && (!onTarget.has(sha) || boundary.has(sha)))) {
                await o.history.unshallow();
                onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
            }
        }
        const promotions = merged.promotions.filter((x) => onTarget.has(x.mergeCommit) && isSha(x.source));
        const unseen = [...new Set(promotions.map((x) => x.source))];
        const have = await present(git, unseen);
        const toFetch = unseen.filter((sha) => !have.has(sha));
        if (toFetch.length) {
            // The pinned sources may be unreachable from the fetched refs (a squash leaves them off the branch).
            await git.fetch('origin', toFetch, { filter: 'blob:none' }).catch((error) => logger.debug(`promotion sources not fetched: ${error.message}`));
        }
        const sources = await present(git, unseen);
        const refs = merged.references.filter((b) => b.mergeCommit && onTarget.has(b.mergeCommit));
        const refFiles = new Map();
        for (const p of open) {
            let verdict;
            for (const promo of promotions) {
                if (sources.has(promo.source) && (await isAncestorWhole(git, o.history, p.change.mergeCommit, promo.source))) {
                    verdict = {
                        number: p.change.number,
                        present: true,
                        method: 'squash-promotion',
                        evidence: `promoted by #${promo.number}, squash-merged from ${promo.source.slice(0, 12)}`,
                        commits: p.commits,
                    };
                    break;
                }
            }
            let claimed = '';
            if (!verdict) {
                const files = await git.changedPaths(p.commits);
                for (const b of refs) {
                    const wording = referencesPull(b, p.change.number, p.change.url, o.referencePatterns);
                    if (!wording)
                        continue;
                    if (!refFiles.has(b.number))
                        refFiles.set(b.number, await git.changedPaths([b.mergeCommit]));
                    const theirs = refFiles.get(b.number);
                    const untouched = [...files].filter((f) => !theirs.has(f));
                    if (files.size && !untouched.length) {
                        verdict = {
                            number: p.change.number,
                            present: true,
                            method: 'backport-reference',
                            evidence: `backported by #${b.number} ("${wording}", touches its ${files.size} file(s))`,
                            commits: p.commits,
                        };
                        break;
                    }
                    claimed ||= `; #${b.number} says it carries it ("${wording}") but does not touch ${untouched.slice(0, 3).join(', ')}${untouched.length > 3 ? '…' : ''}`;
                }
            }
            verdicts.set(p.change.number, verdict ?? {
                number: p.change.number,
                present: false,
                evidence: `not an ancestor, no cherry-pick trailer, no equal patch, no squash-merged promotion, no merged backport${claimed}`,
                commits: p.commits,
            });
        }
    }
    return o.changes.map((c) => verdicts.get(c.number));
}
/** `git merge-base --is-ancestor` whose "no" holds in the whole history: a shallow walk that reaches the boundary is deepened. */
async function isAncestorWhole(git, history, ancestor, descendant) {
    for (;;) {
        if (await git.isAncestor(ancestor, descendant))
            return true;
        if (!history || (await history.covers([[descendant, `^${ancestor}`]])))
            return false;
    }
}
/**
 * Commit by commit (backport-cherry-pick's skip, the drift audit): which of `picks` `targetRef`
 * already has — in its history, picked with `-x` (full or abbreviated SHA), or an equal patch among
 * the branch's commits that touch the same paths. `related` are equivalent originals (the commits a
 * squash was made of): when every one of them was picked already, the picks count as present too.
 */
async function placeCommits(git, targetRef, picks, related = [], options = {}) {
    const found = new Map();
    let base;
    let rest;
    for (;;) {
        found.clear();
        if (!options.outsideTarget)
            for (const p of picks)
                if (await git.isAncestor(p, targetRef))
                    found.set(p, { proof: 'ancestry' });
        rest = picks.filter((p) => !found.has(p));
        if (rest.length === 0)
            return found;
        const mb = await git.exec(['merge-base', '--end-of-options', targetRef, rest[rest.length - 1]]);
        base = mb.code === 0 ? mb.stdout.trim() || null : null;
        // Whole walks from the target and from the picks down to their merge base: ancestry, the range read for
        // trailers and patch-ids, and the picks' parents are then those of the whole history (see BoundedHistory).
        const not = base ? [`^${base}`] : [];
        if (!options.history ||
            (await options.history.covers([
                [targetRef, ...not],
                [...rest, ...not],
            ])))
            break;
    }
    const range = base ? [`${base}..${targetRef}`] : [targetRef];
    const named = new Map();
    for (const [sha, message] of await git.messages(range)) {
        for (const m of message.matchAll(CHERRY_PICK_TRAILER))
            named.set(m[1], sha);
    }
    for (const p of rest) {
        const on = trailerFor(named, p);
        if (on)
            found.set(p, { proof: 'cherry-pick-trailer', on });
    }
    const relatedOn = related.map((r) => trailerFor(named, r));
    if (related.length > 0 && relatedOn.every(Boolean))
        for (const p of rest)
            if (!found.has(p))
                found.set(p, { proof: 'cherry-pick-trailer', on: relatedOn[0] });
    rest = rest.filter((p) => !found.has(p));
    if (rest.length === 0)
        return found;
    const paths = await git.changedPaths(rest);
    if (paths.size === 0)
        return found;
    const candidates = (await git.run(['--literal-pathspecs', 'rev-list', '--no-merges', '--end-of-options', ...range, '--', ...paths]))
        .split('\n')
        .filter(Boolean);
    if (candidates.length === 0)
        return found;
    // The blobs every patch-id diff reads, in one request (else git fetches them diff by diff).
    await git.prefetchDiffBlobs(options.remote ?? 'origin', [...rest, ...candidates], targetRef);
    const ids = await git.patchIds([...rest, ...candidates]);
    const onTarget = new Map();
    for (const c of candidates)
        if (ids.has(c))
            onTarget.set(ids.get(c), c);
    for (const p of rest) {
        const id = ids.get(p);
        const on = id ? onTarget.get(id) : undefined;
        if (on && on !== p)
            found.set(p, { proof: 'patch-id', on });
    }
    return found;
}
/** The exact command that brings a missing change onto the target branch. */
function pickCommand(commits) {
    return `git cherry-pick -x ${commits.join(' ')}`;
}

;// CONCATENATED MODULE: ./actions/milestone-check/rules.ts
// milestone-check's pure decisions: which pull request a run judges and which branch the changes must be on.


/** The pull request of a pull request event (pull_request, pull_request_target, pull_request_review). */
function eventPullRequest(context) {
    return context.trigger.kind === 'pull_request' ? context.trigger.pull.number : undefined;
}
/** The release branch the changes must be on: the input, else production — or staging while the release PR into production is open. */
function defaultTargetBranch(policy, context) {
    if (context.trigger.kind === 'pull_request' && context.trigger.pull.baseRef === policy.branches.production)
        return policy.branches.staging;
    return policy.branches.production;
}

;// CONCATENATED MODULE: ./actions/milestone-check/steps/check.ts













const COMMENT_KIND = 'milestone-check';
async function findSubject(inputs, env, policy) {
    const { github, context } = env;
    const identity = new SuiteIdentity(github, policy.trustedLogins);
    // Only the release pull request the suite opened counts (ownership by identity, not the marker).
    const release = async (pr) => {
        const ownership = await suiteReleasePullRequest(pr, policy, { repo: context.repo, identity });
        return ownership ? (ownership.marker ?? { kind: 'release-pr', attrs: {} }) : undefined;
    };
    const number = inputs.pullRequest ?? eventPullRequest(context);
    if (number) {
        const pr = await github.getPullRequest(context.repo, number);
        // The status guards production: a pull request into another branch (a must-have fix merged
        // into dev) changes the answer for the release pull request, which is then judged instead.
        if (!inputs.statusContext || pr.baseRef === policy.branches.production)
            return { pr, release: await release(pr) };
    }
    if (!inputs.statusContext)
        return null;
    const open = await github.listPullRequests(context.repo, { state: 'open', base: policy.branches.production });
    for (const pr of open.sort((a, b) => a.number - b.number)) {
        const marker = await release(pr);
        if (marker)
            return { pr, release: marker };
    }
    return null;
}
async function locateMilestone(d, repo) {
    const { github, logger } = d.env;
    const found = await findMilestone(github, repo, d.title);
    if (found.milestone)
        return { ...found, status: 'found' };
    if (!d.inputs.createMissing) {
        logger.warning(`${repoName(repo)} has no milestone "${d.title}".`, { title: 'Release milestone missing' });
        return { ...found, status: 'missing' };
    }
    const created = await d.env.plan.write(`create the milestone "${d.title}" in ${repoName(repo)}`, () => github.createMilestone(repo, d.title, `Release milestone (created by portal-release milestone-check).`));
    if (!created)
        return { ...found, status: 'would-create' };
    logger.info(`Created milestone "${d.title}" in ${repoName(repo)}: ${created.htmlUrl}`);
    return {
        repoUrl: found.repoUrl,
        status: 'created',
        milestone: { number: created.number, title: created.title, state: created.state, url: created.htmlUrl, dueOn: null },
    };
}
/**
 * Pull requests merged into the target branch since the oldest pending change: any of them may
 * carry a change by reference; the suite's own promotions (judged by identity, never by marker
 * alone) pin the source SHA they were made of.
 */
async function mergedInto(d, repo, pending) {
    const times = pending.map((c) => Date.parse(c.mergedAt ?? '')).filter((t) => !Number.isNaN(t));
    const since = new Date(times.length ? Math.min(...times) : 0);
    const pulls = (await d.env.github.listPullRequestsUpdatedSince(repo, since, { state: 'closed', base: d.targetBranch })).filter((p) => p.merged);
    const identity = d.identity ?? (d.identity = new SuiteIdentity(d.env.github, d.policy.trustedLogins));
    const promotions = [];
    for (const pr of pulls) {
        const judged = await judgeMarkedPullRequest(pr, d.policy, { repo, identity });
        if (!judged || (judged.kind !== 'promotion' && judged.kind !== 'release-pr'))
            continue;
        if (judged.ownership.verdict !== 'suite') {
            d.ignored.notePull(pr, judged.kind, judged.ownership);
            continue;
        }
        if (pr.mergeCommitSha)
            promotions.push({ number: pr.number, url: pr.htmlUrl, mergeCommit: pr.mergeCommitSha, source: pr.headSha });
    }
    return {
        references: pulls.map((p) => ({ number: p.number, url: p.htmlUrl, title: p.title, body: p.body, mergeCommit: p.mergeCommitSha })),
        promotions,
    };
}
async function checkPresence(d, repo, changes, baseRefs) {
    if (!changes.length)
        return [];
    const { env } = d;
    const git = await Git.scratch({ logger: env.logger, serverUrl: env.context.serverUrl, token: env.token, parent: env.tempDir });
    try {
        await git.checkRefFormat(d.targetBranch, 'target branch');
        const bases = [];
        for (const baseRef of baseRefs) {
            if (baseRef && !bases.includes(baseRef) && (await git.exec(['check-ref-format', `refs/heads/${baseRef}`])).code === 0 && !baseRef.startsWith('-')) {
                bases.push(baseRef);
            }
        }
        await git.addRemote('origin', git.remoteUrl(env.context.serverUrl, repo));
        // The history from the target and the newest merged change down to their merge base (GitHub's counts),
        // deepened when a proof needs more (an older change, a merge): a small part of a clone.
        const newest = changes
            .filter((c) => isSha(c.mergeCommit))
            .reduce((a, c) => (!a || Date.parse(c.mergedAt ?? '') > Date.parse(a.mergedAt ?? '') ? c : a), undefined);
        const depth = newest ? await depthForPresence(env.github, repo, [d.targetBranch], newest.mergeCommit, env.logger) : undefined;
        let history;
        try {
            history = await fetchForPresence(git, { targetBranch: d.targetBranch, mergeCommits: changes.map((c) => c.mergeCommit), baseBranches: bases, depth }, env.logger);
        }
        catch (error) {
            if (/couldn't find remote ref/i.test(errorMessage(error))) {
                throw new UserError('not-found', `Branch "${d.targetBranch}" does not exist in ${repoName(repo)}; set input "target-branch" or the policy's branches.`);
            }
            throw error;
        }
        return await decidePresence({
            git,
            changes,
            logger: env.logger,
            referencePatterns: d.policy.backport.referencePatterns,
            mergedInto: (pending) => mergedInto(d, repo, pending),
            history,
        });
    }
    finally {
        await git.dispose();
    }
}
async function checkRepo(d, repo) {
    const name = repoName(repo);
    const { logger } = d.env;
    const located = await locateMilestone(d, repo);
    const items = located.milestone ? await listMilestoneItems(d.env.github, repo, located.milestone) : [];
    const report = {
        repo: name,
        repoUrl: located.repoUrl,
        targetBranch: d.targetBranch,
        milestone: {
            title: d.title,
            number: located.milestone?.number ?? null,
            url: located.milestone?.url ?? '',
            state: located.milestone?.state ?? null,
            status: located.status,
            dueOn: located.milestone?.dueOn ?? null,
            pastDue: isPastDue(located.milestone, d.env.clock()),
        },
        counts: {
            issues: items.filter((i) => i.kind === 'issue').length,
            pulls: items.filter((i) => i.kind === 'pull').length,
            open: items.filter((i) => i.state === 'open').length,
            merged: items.filter((i) => i.state === 'merged').length,
            changes: 0,
        },
        present: {},
        placed: [],
        blockers: [],
        missing: [],
        unlinked: [],
    };
    if (located.status === 'missing') {
        report.blockers.push({
            repo: name,
            number: null,
            title: d.title,
            url: `${located.repoUrl}/milestones`,
            reason: `${name} has no milestone "${d.title}" (create it, or set create-missing: true)`,
        });
    }
    report.blockers.push(...findBlockers(name, items, d.policy.milestone));
    const merged = items.filter((i) => i.kind === 'pull' && i.state === 'merged');
    // Every item is followed to its change: a pull request is its own; a closed issue's are the merged
    // pull requests linked to it (merged into any branch). Each change is checked once.
    const candidates = new Map();
    const issuesOf = new Map();
    for (const item of merged) {
        candidates.set(item.number, {
            title: item.title,
            url: item.url,
            mergeCommit: item.mergeCommit ?? null,
            mergedAt: item.mergedAt ?? null,
            commitCount: item.commitCount ?? 1,
            lastCommitHeadline: item.lastCommitHeadline ?? '',
            baseRef: item.baseRef ?? '',
        });
    }
    for (const issue of items.filter((i) => i.kind === 'issue' && i.state === 'closed')) {
        if (issue.linksTruncated)
            logger.warning(`${name}#${issue.number} has more linking events than one page; only the first ones were followed.`);
        const fixes = (issue.links ?? []).filter((l) => l.state === 'merged');
        if (!fixes.length) {
            if (issue.notPlanned)
                continue;
            const reason = 'closed, but no merged pull request is linked to it (link the fix, or close it as not planned)';
            if (d.policy.milestone.closedWithoutChange === 'block') {
                report.blockers.push({
                    repo: name,
                    number: issue.number,
                    title: issue.title,
                    url: issue.url,
                    reason: `${reason} (milestone.closed-without-change: block)`,
                });
            }
            else
                report.unlinked.push({ repo: name, number: issue.number, title: issue.title, url: issue.url, reason });
            continue;
        }
        for (const fix of fixes) {
            issuesOf.set(fix.number, [...(issuesOf.get(fix.number) ?? []), issue.number]);
            if (!candidates.has(fix.number))
                candidates.set(fix.number, { ...fix });
        }
    }
    report.counts.changes = candidates.size;
    const changes = [];
    for (const [number, item] of [...candidates].sort((a, b) => a[0] - b[0])) {
        if (!item.mergeCommit) {
            report.missing.push({
                repo: name,
                number,
                title: item.title,
                url: item.url,
                mergeCommit: '',
                commits: [],
                command: '',
                reason: 'GitHub reports no merge commit',
                ...(issuesOf.has(number) ? { issues: issuesOf.get(number) } : {}),
            });
            continue;
        }
        changes.push({
            number,
            title: item.title,
            url: item.url,
            mergeCommit: item.mergeCommit,
            mergedAt: item.mergedAt,
            commitCount: item.commitCount,
            lastCommitHeadline: item.lastCommitHeadline,
        });
    }
    const verdicts = await checkPresence(d, repo, changes, [...candidates.values()].map((c) => c.baseRef));
    const order = new Map(changes.map((c) => [c.number, c]));
    const missing = [];
    for (const v of verdicts) {
        const change = order.get(v.number);
        const issues = issuesOf.get(v.number);
        if (v.present) {
            report.present[v.method] = (report.present[v.method] ?? 0) + 1;
            report.placed.push({
                repo: name,
                number: v.number,
                title: change.title,
                url: change.url,
                proof: v.method,
                evidence: v.evidence,
                ...(issues ? { issues } : {}),
            });
            logger.debug(`${name}#${v.number}: on ${d.targetBranch} (${v.method}: ${v.evidence})`);
            continue;
        }
        missing.push({
            repo: name,
            number: v.number,
            title: change.title,
            url: change.url,
            mergeCommit: change.mergeCommit,
            commits: v.commits,
            command: v.commits.length ? pickCommand(v.commits) : '',
            reason: issues ? `${v.evidence}; it is the change of closed issue ${issues.map((n) => `#${n}`).join(', ')}` : v.evidence,
            mergedAt: change.mergedAt ?? '',
            ...(issues ? { issues } : {}),
        });
    }
    missing.sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number);
    report.missing.push(...missing.map(({ mergedAt: _m, ...m }) => m));
    for (const b of report.blockers)
        logger.warning(`${name}${b.number === null ? '' : `#${b.number}`} ${b.title}: ${b.reason}`, { title: 'Release blocker' });
    for (const u of report.unlinked)
        logger.warning(`${name}#${u.number} ${u.title}: ${u.reason}`, { title: 'Closed issue without a change' });
    for (const m of report.missing) {
        logger.warning(`${name}#${m.number} ${m.title} is merged but not on ${d.targetBranch}${m.command ? `: ${m.command}` : ''}`, {
            title: 'Change missing from the release branch',
        });
    }
    logger.info(`${name}: milestone ${located.status}, ${items.length} item(s), ${report.blockers.length} blocker(s), ${report.missing.length} missing of ${candidates.size} merged change(s).`);
    return report;
}
async function postReport(d, number, report) {
    const { github, context, logger } = d.env;
    const body = reportComment(report);
    // Only the suite's own report comment is updated: a person's comment quoting it is left alone.
    const identity = new SuiteIdentity(github, d.policy.trustedLogins);
    const { plan } = d.env;
    const result = await upsertComment(github, context.repo, number, identity, COMMENT_KIND, body, { attrs: {}, plan, what: 'the milestone report comment' });
    if (plan.dryRun && result.outcome !== 'unchanged')
        return `would ${result.outcome === 'created' ? 'create' : 'update'}`;
    logger.info(`Milestone report comment on #${number}: ${result.outcome}${result.comment ? ` (${result.comment.htmlUrl})` : ''}`);
    return result.outcome;
}

;// CONCATENATED MODULE: ./actions/milestone-check/main.ts












function parseInputs(reader) {
    const repos = reader.list('repos').map((r) => parseRepo(r, 'Input "repos"'));
    const milestone = reader.optional('milestone');
    if (milestone && milestone.length > 255)
        throw inputError('milestone', 'is longer than 255 characters.');
    return {
        config: reader.optional('config'),
        configRef: reader.optional('config-ref'),
        milestone,
        version: reader.optional('version'),
        repos,
        targetBranch: reader.optional('target-branch'),
        createMissing: reader.boolean('create-missing', false),
        failOnBlockers: reader.boolean('fail-on-blockers', true),
        commentOn: reader.integer('comment-on', { min: 1 }),
        pullRequest: reader.integer('pull-request', { min: 1 }),
        statusContext: parseStatusContext(reader.optional('status-context')),
        dryRun: reader.boolean('dry-run', false),
    };
}
function parseStatusContext(value) {
    if (value !== undefined && value.length > 255)
        throw inputError('status-context', 'is longer than 255 characters.');
    return value;
}
/** The milestone status on every pull request into production that is not the release pull request. */
const NOT_A_RELEASE_PR = 'Not a release pull request: no release milestone to check.';
async function run(inputs, env) {
    const { github, context, logger } = env;
    const loaded = await loadRunPolicy(env, inputs);
    const policy = loaded.policy;
    const subject = await findSubject(inputs, env, policy);
    const nothing = (reason) => {
        logger.notice(reason);
        return {
            outputs: { ready: '', blockers: [], missing: [], summary: '', 'pull-request': subject?.pr.number ?? '' },
            summary: `## milestone-check\n\n${escapeHtml(reason)}\n`,
        };
    };
    if (inputs.statusContext && !subject)
        return nothing(`No open release pull request into ${policy.branches.production}: no milestone status to report.`);
    if (subject && !subject.release && inputs.statusContext) {
        // The milestone status is a required check of production: every other pull request into it
        // (a hotfix) must get it too, or it could never merge.
        if (subject.pr.state === 'open') {
            await setCommitStatus(github, context.repo, subject.pr.headSha, { state: 'success', context: inputs.statusContext, description: NOT_A_RELEASE_PR, targetUrl: context.runUrl }, { plan: env.plan });
        }
        return nothing(`#${subject.pr.number} is not the release pull request: ${NOT_A_RELEASE_PR}`);
    }
    const markerVersion = subject?.release?.attrs.version;
    const version = inputs.version
        ? parseStableVersion(inputs.version, policy.tagPrefix)
        : markerVersion
            ? parseStableVersion(markerVersion, policy.tagPrefix)
            : undefined;
    const title = inputs.milestone ?? renderMilestoneTitle(policy.milestone.title, version, policy.tagPrefix);
    const repos = releaseTrain(context.repo, inputs.repos, policy.repos);
    // The release pull request's changes must be on staging, whatever event started the run.
    const targetBranch = inputs.targetBranch ?? (subject?.release ? policy.branches.staging : defaultTargetBranch(policy, context));
    const d = { inputs, env, policy, title, targetBranch, ignored: new IgnoredMarkers() };
    logger.info(`Milestone "${title}" in ${repos.map(repoName).join(', ')}; changes must be on "${d.targetBranch}".`);
    const reports = [];
    for (const repo of repos)
        reports.push(await logger.group(repoName(repo), () => checkRepo(d, repo)));
    const blockers = reports.flatMap((r) => r.blockers);
    const missing = reports.flatMap((r) => r.missing);
    const ready = blockers.length === 0 && missing.length === 0;
    const report = renderReport(title, reports, ready, { dryRun: env.plan.dryRun });
    const commentOn = inputs.commentOn ?? (subject?.release ? subject.pr.number : undefined);
    let comment = '';
    if (commentOn)
        comment = await logger.group(`Report on #${commentOn}`, () => postReport(d, commentOn, report));
    let status = '';
    if (inputs.statusContext && subject?.release && subject.pr.state === 'open') {
        const description = ready
            ? `Milestone "${title}" complete; every merged change is on ${targetBranch}.`
            : `${blockers.length} blocker(s), ${missing.length} merged change(s) missing from ${targetBranch}.`;
        const set = await setCommitStatus(github, context.repo, subject.pr.headSha, { state: ready ? 'success' : 'failure', context: inputs.statusContext, description, targetUrl: context.runUrl }, { plan: env.plan });
        status = `status "${inputs.statusContext}" on #${subject.pr.number}: ${set.outcome}`;
    }
    const createdIn = reports.filter((r) => r.milestone.status === 'created').map((r) => r.repo);
    const pastDue = reports.filter((r) => r.milestone.pastDue);
    for (const r of pastDue)
        logger.warning(`${r.repo}: ${pastDueSentence(title, r.milestone.dueOn)}`, { title: PAST_DUE_TITLE });
    for (const sentence of d.ignored.sentences())
        logger.warning(sentence, { title: 'Marker ignored' });
    const summary = `${report}${d.ignored.size ? `\n${d.ignored.summary().join('\n')}` : ''}\n<sub>Policy: ${escapeHtml(loaded.source)} · ${github.requestCount} API request(s)${createdIn.length ? ` · milestone created in ${createdIn.join(', ')}` : ''}${comment ? ` · comment on #${commentOn}: ${comment}` : ''}${status ? ` · ${escapeHtml(status)}` : ''}</sub>\n`;
    return {
        outputs: {
            ready,
            blockers: blockers.map((b) => ({ repo: b.repo, number: b.number, title: b.title, url: b.url, reason: b.reason })),
            missing: missing.map((m) => ({
                repo: m.repo,
                number: m.number,
                title: m.title,
                url: m.url,
                commits: m.commits,
                command: m.command,
                reason: m.reason,
                ...(m.issues ? { issues: m.issues } : {}),
            })),
            placed: reports.flatMap((r) => r.placed),
            'closed-without-change': reports.flatMap((r) => r.unlinked),
            'past-due': pastDue.map((r) => ({ repo: r.repo, milestone: r.milestone.url, 'due-on': r.milestone.dueOn })),
            summary: report,
            'pull-request': subject?.pr.number ?? '',
        },
        summary,
        failure: !ready && inputs.failOnBlockers
            ? `Release milestone "${title}" is not ready: ${blockers.length} blocker(s) and ${missing.length} merged change(s) missing from "${d.targetBranch}" (see the job summary for the cherry-pick commands).`
            : undefined,
    };
}
const milestoneCheck = {
    name: 'milestone-check',
    parseInputs: (reader, _context) => parseInputs(reader),
    isDryRun: (inputs) => inputs.dryRun,
    run,
};

;// CONCATENATED MODULE: ./actions/milestone-check/index.ts


main(milestoneCheck);

