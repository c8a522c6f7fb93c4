export const id=333;export const ids=[333];export const modules={8048:(e,t,r)=>{
/**
 * @license
 * Copyright 2024 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */
var n=r(3484);var i=r(4058);function _interopNamespaceDefault(e){var t=Object.create(null);if(e){Object.keys(e).forEach(function(r){if(r!=="default"){var n=Object.getOwnPropertyDescriptor(e,r);Object.defineProperty(t,r,n.get?n:{enumerable:true,get:function(){return e[r]}})}})}t.default=e;return t}var o=_interopNamespaceDefault(i);var extendStatics=function(e,t){extendStatics=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,t){e.__proto__=t}||function(e,t){for(var r in t)if(Object.prototype.hasOwnProperty.call(t,r))e[r]=t[r]};return extendStatics(e,t)};function __extends(e,t){if(typeof t!=="function"&&t!==null)throw new TypeError("Class extends value "+String(t)+" is not a constructor or null");extendStatics(e,t);function __(){this.constructor=e}e.prototype=t===null?Object.create(t):(__.prototype=t.prototype,new __)}function __awaiter(e,t,r,n){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,i){function fulfilled(e){try{step(n.next(e))}catch(e){i(e)}}function rejected(e){try{step(n["throw"](e))}catch(e){i(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((n=n.apply(e,t||[])).next())})}function __generator(e,t){var r={label:0,sent:function(){if(o[0]&1)throw o[1];return o[1]},trys:[],ops:[]},n,i,o,s;return s={next:verb(0),throw:verb(1),return:verb(2)},typeof Symbol==="function"&&(s[Symbol.iterator]=function(){return this}),s;function verb(e){return function(t){return step([e,t])}}function step(s){if(n)throw new TypeError("Generator is already executing.");while(r)try{if(n=1,i&&(o=s[0]&2?i["return"]:s[0]?i["throw"]||((o=i["return"])&&o.call(i),0):i.next)&&!(o=o.call(i,s[1])).done)return o;if(i=0,o)s=[s[0]&2,o.value];switch(s[0]){case 0:case 1:o=s;break;case 4:r.label++;return{value:s[1],done:false};case 5:r.label++;i=s[1];s=[0];continue;case 7:s=r.ops.pop();r.trys.pop();continue;default:if(!(o=r.trys,o=o.length>0&&o[o.length-1])&&(s[0]===6||s[0]===2)){r=0;continue}if(s[0]===3&&(!o||s[1]>o[0]&&s[1]<o[3])){r.label=s[1];break}if(s[0]===6&&r.label<o[1]){r.label=o[1];o=s;break}if(o&&r.label<o[2]){r.label=o[2];r.ops.push(s);break}if(o[2])r.ops.pop();r.trys.pop();continue}s=t.call(e,r)}catch(e){s=[6,e];i=0}finally{n=o=0}if(s[0]&5)throw s[1];return{value:s[0]?s[1]:void 0,done:true}}}function __values(e){var t=typeof Symbol==="function"&&Symbol.iterator,r=t&&e[t],n=0;if(r)return r.call(e);if(e&&typeof e.length==="number")return{next:function(){if(e&&n>=e.length)e=void 0;return{value:e&&e[n++],done:!e}}};throw new TypeError(t?"Object is not iterable.":"Symbol.iterator is not defined.")}function __read(e,t){var r=typeof Symbol==="function"&&e[Symbol.iterator];if(!r)return e;var n=r.call(e),i,o=[],s;try{while((t===void 0||t-- >0)&&!(i=n.next()).done)o.push(i.value)}catch(e){s={error:e}}finally{try{if(i&&!i.done&&(r=n["return"]))r.call(n)}finally{if(s)throw s.error}}return o}function __spreadArray(e,t,r){if(r||arguments.length===2)for(var n=0,i=t.length,o;n<i;n++){if(o||!(n in t)){if(!o)o=Array.prototype.slice.call(t,0,n);o[n]=t[n]}}return e.concat(o||Array.prototype.slice.call(t))}
/**
 * @license
 * Copyright 2019 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function assertNotComplex(e,t){if(!Array.isArray(e)){e=[e]}e.forEach(function(e){if(e!=null){n.util.assert(e.dtype!=="complex64",function(){return"".concat(t," does not support complex64 tensors in the CPU backend.")})}})}var s=n.kernel_impls.whereImpl;var u=function(e){__extends(MathBackendCPU,e);function MathBackendCPU(){var t=e.call(this)||this;t.blockSize=48;t.firstUse=true;t.data=new n.DataStorage(t,n.engine());return t}MathBackendCPU.prototype.nextDataId=function(){return MathBackendCPU.nextDataId++};MathBackendCPU.prototype.write=function(e,t,r){if(this.firstUse){this.firstUse=false;if(n.env().get("IS_NODE")){n.backend_util.warn("\n============================\n"+"Hi, looks like you are running TensorFlow.js in "+"Node.js. To speed things up dramatically, install our node "+"backend, visit https://github.com/tensorflow/tfjs-node for more details. "+"\n============================")}}var i={id:this.nextDataId()};this.data.set(i,{values:e,dtype:r,refCount:1});return i};MathBackendCPU.prototype.makeTensorInfo=function(e,t,r){var i;if(t==="string"&&r!=null&&r.length>0&&n.util.isString(r[0])){var o=r.map(function(e){return n.util.encodeString(e)});i=this.write(o,e,t)}else{i=this.write(r,e,t)}return{dataId:i,shape:e,dtype:t}};MathBackendCPU.prototype.refCount=function(e){if(this.data.has(e)){var t=this.data.get(e);return t.refCount}return 0};MathBackendCPU.prototype.incRef=function(e){var t=this.data.get(e);t.refCount++};MathBackendCPU.prototype.decRef=function(e){if(this.data.has(e)){var t=this.data.get(e);t.refCount--}};MathBackendCPU.prototype.move=function(e,t,r,n,i){this.data.set(e,{values:t,dtype:n,refCount:i})};MathBackendCPU.prototype.numDataIds=function(){return this.data.numDataIds()};MathBackendCPU.prototype.read=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(t){return[2,this.readSync(e)]})})};MathBackendCPU.prototype.readSync=function(e){var t=this.data.get(e),r=t.dtype,i=t.complexTensorInfos;if(r==="complex64"){var o=this.readSync(i.real.dataId);var s=this.readSync(i.imag.dataId);return n.backend_util.mergeRealAndImagArrays(o,s)}return n.util.convertBackendValuesAndArrayBuffer(this.data.get(e).values,r)};MathBackendCPU.prototype.bufferSync=function(e){var t=this.readSync(e.dataId);if(e.dtype==="string"){try{var r=t.map(function(e){return n.util.decodeString(e)});return n.buffer(e.shape,e.dtype,r)}catch(e){throw new Error("Failed to decode encoded string bytes into utf-8")}}return n.buffer(e.shape,e.dtype,t)};MathBackendCPU.prototype.makeOutput=function(e,t,r){return n.engine().makeTensorFromTensorInfo(this.makeTensorInfo(t,r,e),this)};MathBackendCPU.prototype.disposeData=function(e,t){if(t===void 0){t=false}if(this.data.has(e)){this.data.get(e).refCount--;if(!t&&this.data.get(e).refCount>0){return false}var r=this.data.get(e).complexTensorInfos;if(r!=null){this.disposeData(r.real.dataId,true);this.disposeData(r.imag.dataId,true)}this.data.delete(e)}return true};MathBackendCPU.prototype.disposeIntermediateTensorInfo=function(e){this.disposeData(e.dataId)};MathBackendCPU.prototype.time=function(e){return __awaiter(this,void 0,void 0,function(){var t,r;return __generator(this,function(i){t=n.util.now();e();r=n.util.now()-t;return[2,{kernelMs:r}]})})};MathBackendCPU.prototype.memory=function(){return{unreliable:true,reasons:["The reported memory is an upper bound. Due to automatic garbage "+"collection, the true allocated memory may be less."]}};MathBackendCPU.prototype.where=function(e){assertNotComplex([e],"where");var t=this.readSync(e.dataId);return s(e.shape,t)};MathBackendCPU.prototype.dispose=function(){};MathBackendCPU.prototype.floatPrecision=function(){return 32};MathBackendCPU.prototype.epsilon=function(){return e.prototype.epsilon.call(this)};return MathBackendCPU}(n.KernelBackend);u.nextDataId=0;
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function simpleAbsImpl(e){var t=new Float32Array(e.length);for(var r=0;r<e.length;++r){t[r]=Math.abs(e[r])}return t}var abs=function(e){var t=e.inputs.x;var r=e.backend;assertNotComplex(t,"abs");var i=new Float32Array(n.util.sizeFromShape(t.shape));var o=r.data.get(t.dataId).values;i=simpleAbsImpl(o);return r.makeOutput(i,t.shape,t.dtype)};var l={kernelName:n.Abs,backendName:"cpu",kernelFunc:abs};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function createSimpleBinaryKernelImpl(e){return function(t,r,i,o,s){var u=n.backend_util.assertAndGetBroadcastShape(t,r);var l=u.length;var c=n.util.computeStrides(u);var p=n.util.sizeFromShape(u);var f=n.util.getTypedArrayFromDType(s,p);var d=t.length;var h=r.length;var v=n.util.computeStrides(t);var g=n.util.computeStrides(r);var m=n.backend_util.getBroadcastDims(t,u);var y=n.backend_util.getBroadcastDims(r,u);if(m.length+y.length===0){for(var b=0;b<f.length;++b){f[b]=e(i[b%i.length],o[b%o.length])}}else{var _loop_1=function(t){var r=n.util.indexToLoc(t,l,c);var s=r.slice(-d);m.forEach(function(e){return s[e]=0});var u=n.util.locToIndex(s,d,v);var p=r.slice(-h);y.forEach(function(e){return p[e]=0});var b=n.util.locToIndex(p,h,g);f[t]=e(i[u],o[b])};for(var b=0;b<f.length;++b){_loop_1(b)}}return[f,u]}}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function complex(e){var t=e.inputs,r=e.backend;var n=t.real,i=t.imag;var o=r.data.get(n.dataId).values;var s=r.data.get(i.dataId).values;var u=r.makeTensorInfo(n.shape,"complex64");var l=r.data.get(u.dataId);l.complexTensorInfos={real:r.makeTensorInfo(n.shape,"float32",o),imag:r.makeTensorInfo(i.shape,"float32",s)};return u}var c={kernelName:n.Complex,backendName:"cpu",kernelFunc:complex};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function zeros(e,t,r){if(r===void 0){r="float32"}if(r==="complex64"){var i=zeros(e,t,"float32");var o=zeros(e,t,"float32");return complex({inputs:{real:i,imag:o},backend:e})}var s=n.util.makeZerosTypedArray(n.util.sizeFromShape(t),r);return e.makeTensorInfo(t,r,s)}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function identity(e){var t=e.inputs,r=e.backend;var n=t.x;r.incRef(n.dataId);return{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}var p={kernelName:n.Identity,backendName:"cpu",kernelFunc:identity};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function real(e){var t=e.inputs,r=e.backend;var n=t.input;var i=r.data.get(n.dataId).complexTensorInfos.real;var o=r.data.get(i.dataId).values;return r.makeTensorInfo(i.shape,i.dtype,o)}var f={kernelName:n.Real,backendName:"cpu",kernelFunc:real};function castImpl(e,t,r,i){if(i==="int32"){var o=Int32Array.from(e);return[t,"int32",o]}if(i==="bool"){var s=n.util.toTypedArray([0],r);var u=__read(createSimpleBinaryKernelImpl(function(e,t){return e!==t?1:0})(t,[],e,s,"bool"),2),l=u[0],c=u[1];return[c,"bool",l]}throw new Error("Error in Cast: failed to cast ".concat(r," to ").concat(i))}function cast(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.dtype;if(s==="complex64"){if(o.dtype==="complex64"){return identity({inputs:{x:o},backend:r})}var u=zeros(r,o.shape,o.dtype);var l=cast({inputs:{x:o},backend:r,attrs:{dtype:"float32"}});var c=complex({inputs:{real:l,imag:u},backend:r});r.disposeIntermediateTensorInfo(u);r.disposeIntermediateTensorInfo(l);return c}if(o.dtype==="complex64"){var p=real({inputs:{input:o},backend:r});var c=cast({inputs:{x:p},backend:r,attrs:{dtype:s}});r.disposeIntermediateTensorInfo(p);return c}if(!n.util.hasEncodingLoss(o.dtype,s)){var c=identity({inputs:{x:o},backend:r});return{dataId:c.dataId,shape:c.shape,dtype:s}}var f=r.data.get(o.dataId).values;var d=__read(castImpl(f,o.shape,o.dtype,s),3),h=d[0],v=d[1],g=d[2];return r.makeTensorInfo(h,v,g)}var d={kernelName:n.Cast,backendName:"cpu",kernelFunc:cast};function binaryKernelFunc(e,t,r,i){if(r==null){return function(r){var o=r.inputs,s=r.backend;var u=o.a,l=o.b;var c=s;assertNotComplex([u,l],e);var p=c.data.get(u.dataId).values;var f=c.data.get(l.dataId).values;var d=u.dtype==="string"?n.backend_util.fromUint8ToStringArray(p):p;var h=u.dtype==="string"?n.backend_util.fromUint8ToStringArray(f):f;var v=i||u.dtype;var g=__read(t(u.shape,l.shape,d,h,v),2),m=g[0],y=g[1];return c.makeTensorInfo(y,v,m)}}return function(e){var n=e.inputs,o=e.backend;var s=n.a,u=n.b;var l=o;if(s.dtype==="complex64"||u.dtype==="complex64"){var c=cast({inputs:{x:s},backend:l,attrs:{dtype:"complex64"}});var p=l.data.get(c.dataId);var f=p.complexTensorInfos.real;var d=p.complexTensorInfos.imag;var h=l.data.get(f.dataId).values;var v=l.data.get(d.dataId).values;var g=cast({inputs:{x:u},backend:l,attrs:{dtype:"complex64"}});var m=l.data.get(g.dataId);var y=m.complexTensorInfos.real;var b=m.complexTensorInfos.imag;var k=l.data.get(y.dataId).values;var w=l.data.get(b.dataId).values;var _=__read(r(s.shape,u.shape,h,v,k,w),3),x=_[0],S=_[1],I=_[2];var N=l.makeTensorInfo(I,"float32",x);var T=l.makeTensorInfo(I,"float32",S);var A=complex({inputs:{real:N,imag:T},backend:l});l.disposeIntermediateTensorInfo(c);l.disposeIntermediateTensorInfo(g);l.disposeIntermediateTensorInfo(N);l.disposeIntermediateTensorInfo(T);return A}else{var C=l.data.get(s.dataId).values;var z=l.data.get(u.dataId).values;var D=i||s.dtype;var E=__read(t(s.shape,u.shape,C,z,D),2),F=E[0],I=E[1];return l.makeTensorInfo(I,D,F)}}}function createComplexBinaryKernelImpl(e){return function(t,r,i,o,s,u){var l=n.backend_util.assertAndGetBroadcastShape(t,r);var c=n.util.sizeFromShape(l);var p=l.length;var f=n.util.computeStrides(l);var d=n.util.getTypedArrayFromDType("float32",c);var h=n.util.getTypedArrayFromDType("float32",c);var v=n.backend_util.getBroadcastDims(t,l);var g=n.backend_util.getBroadcastDims(r,l);var m=n.backend_util.mergeRealAndImagArrays(i,o);var y=n.backend_util.mergeRealAndImagArrays(s,u);var b=t.length;var k=n.util.computeStrides(t);var w=r.length;var _=n.util.computeStrides(r);if(v.length+g.length===0){for(var x=0;x<d.length;x++){var S=x%m.length;var I=x%y.length;var N=e(m[S*2],m[S*2+1],y[I*2],y[I*2+1]);d[x]=N.real;h[x]=N.imag}}else{var _loop_1=function(t){var r=n.util.indexToLoc(t,p,f);var i=r.slice(-b);v.forEach(function(e){return i[e]=0});var o=n.util.locToIndex(i,b,k);var s=r.slice(-w);g.forEach(function(e){return s[e]=0});var u=n.util.locToIndex(s,w,_);var l=e(m[o*2],m[o*2+1],y[u*2],y[u*2+1]);d[t]=l.real;h[t]=l.imag};for(var x=0;x<d.length;x++){_loop_1(x)}}return[d,h,l]}}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var h=createSimpleBinaryKernelImpl(function(e,t){return e+t});var v=createComplexBinaryKernelImpl(function(e,t,r,n){return{real:e+r,imag:t+n}});var g=binaryKernelFunc(n.Add,h,v);var m={kernelName:n.Add,backendName:"cpu",kernelFunc:g};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function bincountImpl(e,t,r,i,o){var s=n.util.sizeFromShape(i);var u=n.util.makeZerosTypedArray(o,r);for(var l=0;l<e.length;l++){var c=e[l];if(c<0){throw new Error("Input x must be non-negative!")}if(c>=o){continue}if(s>0){u[c]+=t[l]}else{u[c]+=1}}return u}function bincountReduceImpl(e,t,r,i){if(i===void 0){i=false}var o=e.shape[0];var s=e.shape[1];var u=n.buffer([o,r],t.dtype);for(var l=0;l<o;l++){for(var c=0;c<s;c++){var p=e.get(l,c);if(p<0){throw new Error("Input x must be non-negative!")}if(p>=r){continue}if(i){u.set(1,l,p)}else{if(t.size>0){u.set(u.get(l,p)+t.get(l,c),l,p)}else{u.set(u.get(l,p)+1,l,p)}}}}return u}
/**
 * @license
 * Copyright 2023 Google LLC.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var y=createSimpleBinaryKernelImpl(function(e,t){return e&t});var b=binaryKernelFunc(n.BitwiseAnd,y);var k={kernelName:n.BitwiseAnd,backendName:"cpu",kernelFunc:b};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function createSimpleUnaryImpl(e){return function(t,r,i){var o=n.util.getArrayFromDType(r,t.length);for(var s=0;s<t.length;++s){o[s]=e(t[s],i)}return o}}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function unaryKernelFunc(e,t,r){var n=createSimpleUnaryImpl(t);return unaryKernelFuncFromImpl(e,n,r)}function unaryKernelFuncFromImpl(e,t,r){return function(i){var o=i.inputs,s=i.attrs,u=i.backend;var l=o.x;assertNotComplex(l,e);var c=u;var p=c.data.get(l.dataId).values;var f;if(l.dtype==="string"){if(!Array.isArray(p)){throw new Error("String tensor's value was not an instance of Array")}f=n.backend_util.fromUint8ToStringArray(p)}else{f=p}var d=r||l.dtype;var h=t(f,d,s);return c.makeTensorInfo(l.shape,d,h)}}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var w=createSimpleUnaryImpl(function(e){return Math.ceil(e)});var _=unaryKernelFuncFromImpl(n.Ceil,w);var x={kernelName:n.Ceil,backendName:"cpu",kernelFunc:_};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function concatImpl(e,t,r,i){var o=n.util.getArrayFromDType(r,n.util.sizeFromShape(t));if(i&&r!=="string"){var s=0;e.forEach(function(e){var t=n.util.sizeFromShape(e.shape);o.set(e.vals,s);s+=t})}else{var u=0;e.forEach(function(e){var i=r==="string"?n.backend_util.fromUint8ToStringArray(e.vals):e.vals;var s=0;for(var l=0;l<e.shape[0];++l){var c=l*t[1]+u;for(var p=0;p<e.shape[1];++p){o[c+p]=i[s++]}}u+=e.shape[1]})}return o}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var S=createSimpleBinaryKernelImpl(function(e,t){return e===t?1:0});var I=binaryKernelFunc(n.Equal,S,null,"bool");var N={kernelName:n.Equal,backendName:"cpu",kernelFunc:I};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var T=createSimpleUnaryImpl(function(e){return Math.exp(e)});var A=unaryKernelFuncFromImpl(n.Exp,T,"float32");var C={kernelName:n.Exp,backendName:"cpu",kernelFunc:A};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var z=createSimpleUnaryImpl(function(e){return Math.expm1(e)});var D=unaryKernelFuncFromImpl(n.Expm1,z);var E={kernelName:n.Expm1,backendName:"cpu",kernelFunc:D};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var F=createSimpleUnaryImpl(function(e){return Math.floor(e)});var M=unaryKernelFuncFromImpl(n.Floor,F);var R={kernelName:n.Floor,backendName:"cpu",kernelFunc:M};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var L=createSimpleBinaryKernelImpl(function(e,t){return Math.floor(e/t)});var O=binaryKernelFunc(n.FloorDiv,L,null,"int32");var P={kernelName:n.FloorDiv,backendName:"cpu",kernelFunc:O};function gatherNdImpl(e,t,r,i,o,s,u,l,c){var p=n.buffer([i,s],r);for(var f=0;f<i;f++){var d=[];var h=0;for(var v=0;v<o;v++){var g=e[f*o+v];h+=g*u[v];d.push(g)}if(h<0||h>=c/s){throw new Error("Invalid indices: ".concat(d," does not index into ").concat(l))}for(var m=0;m<s;m++){p.values[f*s+m]=t.get.apply(t,__spreadArray([],__read(t.indexToLoc(h*s+m)),false))}}return p}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function gatherV2Impl(e,t,r){var i=n.buffer(r,e.dtype);for(var o=0;o<i.size;++o){var s=i.indexToLoc(o);var u=s.slice();var l=u[0];var c=u[2];var p=t.locToIndex([l,c]);u[2]=t.values[p];var f=e.locToIndex(u);if(0<=f&&f<e.values.length){i.values[o]=e.values[f]}}return i}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var B=createSimpleBinaryKernelImpl(function(e,t){return e>t?1:0});var W=binaryKernelFunc(n.Greater,B,null,"bool");var U={kernelName:n.Greater,backendName:"cpu",kernelFunc:W};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var G=createSimpleBinaryKernelImpl(function(e,t){return e>=t?1:0});var V=binaryKernelFunc(n.GreaterEqual,G,null,"bool");var j={kernelName:n.GreaterEqual,backendName:"cpu",kernelFunc:V};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var q=createSimpleBinaryKernelImpl(function(e,t){return e<t?1:0});var K=binaryKernelFunc(n.Less,q,null,"bool");var H={kernelName:n.Less,backendName:"cpu",kernelFunc:K};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var $=createSimpleBinaryKernelImpl(function(e,t){return e<=t?1:0});var J=binaryKernelFunc(n.LessEqual,$,null,"bool");var Z={kernelName:n.LessEqual,backendName:"cpu",kernelFunc:J};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function linSpaceImpl(e,t,r){var i=(t-e)/(r-1);var o=n.util.makeZerosTypedArray(r,"float32");o[0]=e;for(var s=1;s<o.length;s++){o[s]=o[s-1]+i}return o}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var X=createSimpleUnaryImpl(function(e){return Math.log(e)});var Y=unaryKernelFuncFromImpl(n.Log,X);var Q={kernelName:n.Log,backendName:"cpu",kernelFunc:Y};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function maxImpl(e,t,r,i){var o=n.util.getTypedArrayFromDType(i,n.util.sizeFromShape(r));for(var s=0;s<o.length;++s){var u=s*t;var l=e[u];for(var c=0;c<t;++c){var p=e[u+c];if(Number.isNaN(p)||p>l){l=p}}o[s]=l}return o}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ee=createSimpleBinaryKernelImpl(function(e,t){return Math.max(e,t)});var te=binaryKernelFunc(n.Maximum,ee);var re={kernelName:n.Maximum,backendName:"cpu",kernelFunc:te};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ne=createSimpleBinaryKernelImpl(function(e,t){return Math.min(e,t)});var ae=binaryKernelFunc(n.Minimum,ne);var ie={kernelName:n.Minimum,backendName:"cpu",kernelFunc:ae};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var oe=createSimpleBinaryKernelImpl(function(e,t){return e*t});var se=createComplexBinaryKernelImpl(function(e,t,r,n){return{real:e*r-t*n,imag:e*n+t*r}});var ue=binaryKernelFunc(n.Multiply,oe,se);var le={kernelName:n.Multiply,backendName:"cpu",kernelFunc:ue};function negImpl(e,t,r){var i=n.util.createScalarValue(-1,r);return oe([],t,i,e,r)}function neg(e){var t=e.inputs,r=e.backend;var n=t.x;assertNotComplex(n,"neg");var i=r.data.get(n.dataId).values;var o=__read(negImpl(i,n.shape,n.dtype),2),s=o[0],u=o[1];return r.makeTensorInfo(u,n.dtype,s)}var ce={kernelName:n.Neg,backendName:"cpu",kernelFunc:neg};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var pe=createSimpleBinaryKernelImpl(function(e,t){return e!==t?1:0});var fe=binaryKernelFunc(n.NotEqual,pe,null,"bool");var de={kernelName:n.NotEqual,backendName:"cpu",kernelFunc:fe};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function transposeImpl(e,t,r,i,o){var s=t.length;var u=n.util.sizeFromShape(t);var l=n.util.computeStrides(t);var c=n.util.computeStrides(o);var p=n.util.getTypedArrayFromDType(r,n.util.sizeFromShape(o));for(var f=0;f<u;++f){var d=n.util.indexToLoc(f,s,l);var h=new Array(d.length);for(var v=0;v<h.length;v++){h[v]=d[i[v]]}var g=n.util.locToIndex(h,s,c);p[g]=e[f]}return p}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function transpose(e){var t=e.inputs,r=e.attrs,n=e.backend;var i=t.x;var o=r.perm;assertNotComplex(i,"transpose");var s=i.shape.length;var u=new Array(s);for(var l=0;l<u.length;l++){u[l]=i.shape[o[l]]}var c=n.data.get(i.dataId).values;var p=transposeImpl(c,i.shape,i.dtype,o,u);var f=n.write(p,u,i.dtype);return{dataId:f,shape:u,dtype:i.dtype}}var he={kernelName:n.Transpose,backendName:"cpu",kernelFunc:transpose};function prodImpl(e,t,r,i){var o=__read(n.backend_util.computeOutAndReduceShapes(e,i),2),s=o[0],u=o[1];var l=n.upcastType(t,"int32");var c=n.util.makeZerosTypedArray(n.util.sizeFromShape(s),l);var p=n.util.sizeFromShape(u);for(var f=0;f<c.length;++f){var d=f*p;var h=1;for(var v=0;v<p;++v){h*=r[d+v]}c[f]=h}return{outVals:c,outShape:s,outDtype:l}}function prod(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis,u=i.keepDims;assertNotComplex(o,"prod");var l=o.shape.length;var c=n.util.parseAxisParam(s,o.shape);var p=n.backend_util.getAxesPermutation(c,l);var f=c;var d=o;var h=[];if(p!=null){d=transpose({inputs:{x:o},backend:r,attrs:{perm:p}});h.push(d);f=n.backend_util.getInnerMostAxes(f.length,l)}var v=r.data.get(d.dataId).values;var g=prodImpl(d.shape,d.dtype,v,f),m=g.outVals,y=g.outShape,b=g.outDtype;var k=y;if(u){k=n.backend_util.expandShapeToKeepDim(y,c)}h.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});return r.makeTensorInfo(k,b,m)}var ve={kernelName:n.Prod,backendName:"cpu",kernelFunc:prod};function validateIndices(e,t,r){e.forEach(function(e,i){if(e<0||e>=r){var o=n.util.indexToLoc(i,t.length,n.util.computeStrides(t)).join(",");throw new Error("indices[".concat(o,"] = ").concat(e," is not in [0, ").concat(r,")"))}})}function validateSplits(e,t){for(var r=0;r<e.length;++r){var n=e[r];var i=r===e.length-1?t:e[r+1].length;if(n.length===0){throw new Error("Ragged splits may not be empty")}if(n[0]<0){throw new Error("Ragged splits must be non-negative")}if(n[n.length-1]>i){throw new Error("Ragged splits must not point past values")}for(var o=1;o<n.length;++o){if(n[o-1]>n[o]){throw new Error("Ragged splits must be sorted in ascending order")}}}}function makeSplits(e,t,r,n){var i=[];var o=0;var s=t.length-1+r.length;var u=new Array(s).fill(null).map(function(){return[0]});validateSplits(r,n);var l=1;for(var c=0;c<t.length-1;++c){l*=t[c];var p=t[c+1];for(var f=1;f<l+1;++f){u[c].push(f*p)}}for(var f=0;f<e.length;++f){var d=e[f];var h=e[f]+1;for(var c=0;c<r.length;++c){var v=r[c];var g=c+t.length-1;if(g>=0){var m=u[g];var y=m[m.length-1]-v[d];for(var b=d;b<h;++b){u[g].push(v[b+1]+y)}}d=v[d];h=v[h]}if(h!==d){i.push([d,h]);o+=h-d}}return{outSplits:u,valueSlices:i,numValues:o}}function getSplits(e){var t=[];var _loop_1=function(r){var i=e[r].length;var o=n.util.getArrayFromDType("int32",i);t.push(o);e[r].forEach(function(e,t){return o[t]=e})};for(var r=0;r<e.length;++r){_loop_1(r)}return t}function computeFlatOuterDims(e,t){var r=e.slice(0,t);while(r.length<t){r.push(1)}for(var n=t;n<e.length;n++){r[t-1]*=e[n]}return r}function writeValueSlices(e,t,r,n,i,o){var s,u;var l=computeFlatOuterDims(t,2)[1];var c=computeFlatOuterDims(o,2)[1];var p=0;try{for(var f=__values(r),d=f.next();!d.done;d=f.next()){var h=d.value;for(var v=h[0];v<h[1];++v){for(var g=0;g<n;++g){i[p*c+g]=e[v*l+g]}++p}}}catch(e){s={error:e}}finally{try{if(d&&!d.done&&(u=f.return))u.call(f)}finally{if(s)throw s.error}}}function getValues(e,t,r,i,o){var s=t.slice();s[0]=o;var u=n.util.getArrayFromDType(r,n.util.sizeFromShape(s));var l=e.length;var c=l===0?0:l/t[0];writeValueSlices(e,t,i,c,u,s);return[u,s]}function raggedGatherImpl(e,t,r,n,i,o,s,u){if(e.length===0){throw new Error("paramsNestedSplits must be non empty")}if(t[0].length===0){throw new Error("Split tensors must not be scalars")}var l=t[0][0]-1;validateIndices(o,s,l);if(n.length===0){throw new Error("params.rank must be nonzero")}var c=n[0];var p=makeSplits(o,s,e,c),f=p.outSplits,d=p.valueSlices,h=p.numValues;var v=getSplits(f);var g=getValues(r,n,i,d,h);return[v,g[0],g[1]]}
/**
 * @license
 * Copyright 2022 Google LLC.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ge=2147483647;function raggedRangeImpl(e,t,r,i,o,s,u){if(t.length>1){throw new Error("starts must be a scalar or vector")}if(o.length>1){throw new Error("limits must be a scalar or vector")}if(u.length>1){throw new Error("deltas must be a scalar or vector")}var l=t.length===0;var c=o.length===0;var p=u.length===0;var f=[];if(!l){f.push(t[0])}if(!c){f.push(o[0])}if(!p){f.push(u[0])}for(var d=1;d<f.length;++d){if(f[d]!==f[d-1]){throw new Error("starts, limits, and deltas must have the same shape")}}var h=f.length===0?1:f[0];var v=n.util.getArrayFromDType("int32",h+1);v[0]=0;for(var g=0;g<h;++g){var m=l?e[0]:e[g];var y=c?i[0]:i[g];var b=p?s[0]:s[g];if(b===0){throw new Error("Requires delta != 0")}var k=void 0;if(b>0&&y<m||b<0&&y>m){k=0}else{k=Math.ceil(Math.abs((y-m)/b));if(k>ge){throw new Error("Requires ((limit - start) / delta) <= ".concat(ge))}}v[g+1]=v[g]+k}var w=v[h];var _=n.util.getArrayFromDType(r,w);var x=0;for(var g=0;g<h;++g){var S=v[g+1]-v[g];var I=l?e[0]:e[g];var b=p?s[0]:s[g];for(var d=0;d<S;++d){_[x++]=I;I+=b}}return[v,_]}var me=n.backend_util.RowPartitionType;var ye=function(){function RaggedTensorToTensorOp(e,t,r,i,o,s,u,l,c,p){this.shape=e;this.shapeShape=t;this.values=r;this.valuesShape=i;this.valuesDType=o;this.defaultValue=s;this.defaultValueShape=u;this.rowPartitionValues=l;this.rowPartitionValuesShapes=c;this.rowPartitionTypes=n.backend_util.getRowPartitionTypesHelper(p);this.raggedRank=n.backend_util.getRaggedRank(this.rowPartitionTypes)}RaggedTensorToTensorOp.prototype.getRowPartitionTypeByDimension=function(e){if(this.rowPartitionTypes[0]===me.FIRST_DIM_SIZE){return this.rowPartitionTypes[e+1]}else{return this.rowPartitionTypes[e]}};RaggedTensorToTensorOp.prototype.getRowPartitionTensor=function(e){if(this.rowPartitionTypes[0]===me.FIRST_DIM_SIZE){return this.rowPartitionValues[e+1]}else{return this.rowPartitionValues[e]}};RaggedTensorToTensorOp.prototype.getMaxWidth=function(e){var t=this.getRowPartitionTensor(e-1);switch(this.getRowPartitionTypeByDimension(e-1)){case me.VALUE_ROWIDS:return RaggedTensorToTensorOp.getMaxWidthValueRowID(t);case me.ROW_SPLITS:return RaggedTensorToTensorOp.getMaxWidthRowSplit(t);default:throw new Error("Cannot handle partition type ".concat(me[this.getRowPartitionTypeByDimension(e-1)]))}};RaggedTensorToTensorOp.getMaxWidthRowSplit=function(e){var t=e.length;if(t===0||t===1){return 0}var r=0;for(var n=0;n<t-1;++n){var i=e[n+1]-e[n];if(i>r){r=i}}return r};RaggedTensorToTensorOp.getMaxWidthValueRowID=function(e){var t=e.length;if(t===0){return 0}var r=0;var n=e[0];var i=0;for(var o=1;o<t;++o){var s=e[o];if(s!==n){n=s;i=Math.max(o-r,i);r=o}}return Math.max(t-r,i)};RaggedTensorToTensorOp.prototype.tensorShapeFromTensor=function(e,t,r){if(r===void 0){r=true}if(t.length===0){if(e[0]===-1){return[]}throw new Error("The only valid scalar shape tensor is the fully unknown shape specified as -1.")}return makeShape(e,r)};RaggedTensorToTensorOp.prototype.calculateOutputSize=function(e){var t=this.valuesShape;var r=this.defaultValueShape;n.backend_util.validateDefaultValueShape(r,t);var i=this.tensorShapeFromTensor(this.shape,this.shapeShape);var o=n.backend_util.combineRaggedTensorToTensorShapes(this.raggedRank,i,t);var s=o;if(s[0]<0){s[0]=e}for(var u=1;u<=this.raggedRank;++u){if(s[u]<0){s[u]=this.getMaxWidth(u)}}return s};RaggedTensorToTensorOp.prototype.calculateFirstParentOutputIndex=function(e,t,r){var i=Math.min(e,r);var o=[];var s=0;for(var u=0;u<i;++u,s+=t){o.push(s)}for(var u=i;u<e;++u){o.push(-1)}n.util.assert(o.length===e,function(){return"Final length of result must be equal to firstDimension."});return o};RaggedTensorToTensorOp.prototype.calculateOutputIndexRowSplit=function(e,t,r,n){var i=e.length;var o=[];for(var s=0;s<i-1;++s){var u=e[s+1]-e[s];var l=Math.min(n,u);var c=t[s];if(c===-1){l=0}for(var p=0;p<l;++p){o.push(c);c+=r}for(var p=0;p<u-l;++p){o.push(-1)}}if(i>0&&o.length!==e[i-1]){throw new Error("Invalid row split size.")}return o};RaggedTensorToTensorOp.prototype.calculateOutputIndexValueRowID=function(e,t,r,n){var i=e.length;var o=[];if(i===0){return[]}var s=0;var u=e[0];if(u>=t.length){throw new Error("Got currentValueRowId=".concat(u,", which is not less than ").concat(t.length))}var l=t[u];o.push(l);for(var c=1;c<i;++c){var p=e[c];if(p===u){if(l>=0){++s;if(s<n){l+=r}else{l=-1}}}else{s=0;u=p;if(p>=t.length){throw new Error("Got nextValueRowId=".concat(p," which is not less than ").concat(t.length))}l=t[p]}o.push(l)}if(o.length!==e.length){throw new Error("Invalid row ids.")}return o};RaggedTensorToTensorOp.prototype.calculateOutputIndex=function(e,t,r,n){var i=this.getRowPartitionTensor(e);var o=this.getRowPartitionTypeByDimension(e);switch(o){case me.VALUE_ROWIDS:return this.calculateOutputIndexValueRowID(i,t,r,n);case me.ROW_SPLITS:if(i.length-1>t.length){throw new Error("Row partition size is greater than output size: ".concat(i.length-1," > ").concat(t.length))}return this.calculateOutputIndexRowSplit(i,t,r,n);default:throw new Error("Unsupported partition type: ".concat(me[o]))}};RaggedTensorToTensorOp.prototype.getFirstDimensionSize=function(){var e=this.rowPartitionValues[0];if(this.rowPartitionTypes.length===0){throw new Error("No row_partition_types given.")}var t=this.rowPartitionTypes[0];switch(t){case me.FIRST_DIM_SIZE:return e[0];case me.VALUE_ROWIDS:throw new Error("Cannot handle VALUE_ROWIDS in first dimension.");case me.ROW_SPLITS:return this.rowPartitionValuesShapes[0][0]-1;default:throw new Error("Cannot handle type ".concat(me[t]))}};RaggedTensorToTensorOp.prototype.compute=function(){var e=this.rowPartitionValues[0];if(e.length<=0){throw new Error("Invalid first partition input. "+"Tensor requires at least one element.")}var t=this.getFirstDimensionSize();var r=this.calculateOutputSize(t);var i=new Array(this.raggedRank+1);i[i.length-1]=1;for(var o=i.length-2;o>=0;--o){i[o]=i[o+1]*r[o+1]}var s=makeShape(r,false);var u=n.util.getArrayFromDType(this.valuesDType,n.util.sizeFromShape(s));var l=i[0]*r[0];if(l>0){var c=this.calculateFirstParentOutputIndex(t,i[0],r[0]);for(var o=1;o<=this.raggedRank;++o){var p=this.calculateOutputIndex(o-1,c,i[o],r[o]);c=p}this.setOutput(this.raggedRank,c,u,s)}return[s,u]};RaggedTensorToTensorOp.prototype.setOutput=function(e,t,r,i){if(r.length===0){return}var o=this.values;var s=r;var u=i.slice();u=u.slice(e+1);var l=n.util.sizeFromShape(u);var c=t.length;var p=this.defaultValue;if(p.length!==l&&p.length!==1){var f=this.defaultValueShape;n.tidy(function(){var e=n.reshape(p,f);var t=n.broadcastTo(e,u);p=t.dataSync()})}var d=0;var h=0;var v=0;for(var g=0;g<=c;++g){var m=g<c?t[g]:-1;if(m===v){++v;continue}if(h<v){var y=o.subarray(d*l);var b=s.subarray(h*l);var k=(v-h)*l;copyArray(b,y,k)}if(g>=c){var w=r.length;m=Math.floor(w/l)}if(m>v){if(this.defaultValue.length===1){s.subarray(v*l,m*l).fill(this.defaultValue[0]);v=m}else{while(m>v){var b=s.slice(v*l);copyArray(b,p,l);++v}}}if(m<0){d=g+1;h=v}else{d=g;h=v;v=h+1}}};return RaggedTensorToTensorOp}();function copyArray(e,t,r){for(var n=0;n<r;n++){e[n]=t[n]}}function makeShape(e,t){var r,n;var i=[];try{for(var o=__values(e),s=o.next();!s.done;s=o.next()){var u=s.value;if(u<0){if(!t){throw new Error("Dimension ".concat(u," must be >= 0"))}if(u<-1){throw new Error("Dimension ".concat(u," must be >= -1"))}u=-1}i.push(u)}}catch(e){r={error:e}}finally{try{if(s&&!s.done&&(n=o.return))n.call(o)}finally{if(r)throw r.error}}return i}function raggedTensorToTensorImpl(e,t,r,n,i,o,s,u,l,c){return new ye(e,t,r,n,i,o,s,u,l,c).compute()}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function rangeImpl(e,t,r,i){var o=e===t;var s=e<t&&r<0;var u=t<e&&r>1;if(o||s||u){return n.util.makeZerosTypedArray(0,i)}var l=Math.abs(Math.ceil((t-e)/r));var c=n.util.makeZerosTypedArray(l,i);if(t<e&&r===1){r=-1}c[0]=e;for(var p=1;p<c.length;p++){c[p]=c[p-1]+r}return c}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var be=createSimpleUnaryImpl(function(e){return 1/Math.sqrt(e)});var ke=unaryKernelFuncFromImpl(n.Rsqrt,be);var we={kernelName:n.Rsqrt,backendName:"cpu",kernelFunc:ke};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function scatterImpl(e,t,r,i,o,s,u,l,c,p){var f=[i/o,o];var d=e.values;var h=t.values;if(i===0){return n.buffer(r,t.dtype)}var v=c instanceof n.TensorBuffer?c:n.buffer(f,t.dtype);if(typeof c==="string"){v.values.fill(c)}else if(typeof c==="number"){v.values.fill(c)}else if(typeof c==="boolean"){v.values.fill(+c)}for(var g=0;g<s;g++){var m=[];var y=0;for(var b=0;b<u;b++){var k=d[g*u+b];m.push(k);y+=k*l[b]}if(y<0||y>=i/o){throw new Error("Invalid indices: ".concat(m," does not index into ").concat(r))}for(var w=0;w<o;w++){if(p){v.values[y*o+w]+=h[g*o+w]}else{v.values[y*o+w]=t.rank===0?h[0]:h[g*o+w]}}}return v}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var _e=createSimpleUnaryImpl(function(e){return 1/(1+Math.exp(-e))});var xe=unaryKernelFunc(n.Sigmoid,function(e){return 1/(1+Math.exp(-e))});var Se={kernelName:n.Sigmoid,backendName:"cpu",kernelFunc:xe};function sliceImpl(e,t,r,i,o){var s=n.slice_util.isSliceContinous(i,t,r);var u=n.util.sizeFromShape(r);var l=n.util.computeStrides(i);if(s){var c=n.slice_util.computeFlatOffset(t,l);if(o==="string"){return e.slice(c,c+u)}return e.subarray(c,c+u)}var p=o==="string"?n.backend_util.fromUint8ToStringArray(e):e;var f=n.buffer(i,o,p);var d=n.buffer(r,o);for(var h=0;h<d.size;++h){var v=d.indexToLoc(h);var g=v.map(function(e,r){return e+t[r]});d.set.apply(d,__spreadArray([f.get.apply(f,__spreadArray([],__read(g),false))],__read(v),false))}if(o==="string"){return n.backend_util.fromStringArrayToUint8(d.values)}return d.values}function slice(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.begin,u=i.size;assertNotComplex(o,"slice");var l=__read(n.slice_util.parseSliceParams(o,s,u),2),c=l[0],p=l[1];n.slice_util.assertParamsValid(o,c,p);var f=r.data.get(o.dataId).values;var d=sliceImpl(f,c,p,o.shape,o.dtype);return r.makeTensorInfo(p,o.dtype,d)}var Ie={kernelName:n.Slice,backendName:"cpu",kernelFunc:slice};
/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sparseFillEmptyRowsImpl(e,t,r,i,o,s,u){var l=t[0];var c=s[0];var p=new Array(c);var f=new Array(l);var d=t[1];if(c===0){if(l!==0){throw new Error(n.backend_util.getSparseFillEmptyRowsIndicesDenseShapeMismatch(l))}var h=n.util.getArrayFromDType(r,0);var v=n.util.getArrayFromDType(o,0);return[h,[0,d],v,p,f]}var g=true;var m=0;var y=new Array(c).fill(0);for(var b=0;b<l;++b){var k=e[b*d];if(k<0){throw new Error(n.backend_util.getSparseFillEmptyRowsNegativeIndexErrorMessage(b,k))}if(k>=c){throw new Error(n.backend_util.getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(b,k,c))}++y[k];g=g&&k>=m;m=k}var w=true;for(var k=0;k<c;++k){var _=y[k]===0;p[k]=_;w=w&&!_;y[k]=Math.max(y[k],1);if(k>0){y[k]+=y[k-1]}}if(w&&g){var h=e;var v=i;for(var b=0;b<l;++b){f[b]=b}return[h,[l,d],v,p,f]}else{var x=y[c-1];var h=n.util.getArrayFromDType(r,x*d);var v=n.util.getArrayFromDType(o,x);var S=new Array(c).fill(0);for(var b=0;b<l;++b){var k=e[b*d];var I=S[k];var N=(k===0?0:y[k-1])+I;S[k]++;for(var T=0;T<d;++T){h[N*d+T]=e[b*d+T]}v[N]=i[b];f[b]=N}for(var k=0;k<c;++k){var A=S[k];if(A===0){var C=k===0?0:y[k-1];h[C*d+0]=k;for(var z=1;z<d;++z){h[C*d+z]=0}v[C]=u}}return[h,[x,d],v,p,f]}}
/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sparseReshapeImpl(e,t,r,i,o){var s=n.util.sizeFromShape(i);var u=t[0];var l=o.length;var c=[];var p=1;var f=-1;for(var d=0;d<l;++d){var h=o[d];if(h===-1){if(f!==-1){throw new Error(n.backend_util.getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(f,d))}f=d;c.push(1)}else{if(h<0){throw new Error(n.backend_util.getSparseReshapeNegativeOutputDimErrorMessage(d,h))}p*=h;c.push(h)}}if(f!==-1){if(p<=0){throw new Error(n.backend_util.getSparseReshapeEmptyTensorZeroOutputDimErrorMessage())}var v=Math.trunc(s/p);if(p*v!==s){throw new Error(n.backend_util.getSparseReshapeInputOutputMultipleErrorMessage(i,c))}c[f]=v}var g=n.util.sizeFromShape(c);if(g!==s){throw new Error(n.backend_util.getSparseReshapeInputOutputMismatchErrorMessage(i,c))}var m=i.length;var y=[];if(m>0){y[m-1]=1;for(var d=m-2;d>=0;--d){y[d]=y[d+1]*i[d+1]}}var b=[];if(l>0){b[l-1]=1;for(var d=l-2;d>=0;--d){b[d]=b[d+1]*c[d+1]}}var k=n.util.getArrayFromDType(r,u*l);for(var w=0;w<u;++w){var _=0;for(var x=0;x<m;++x){_+=e[w*m+x]*y[x]}for(var x=0;x<l;++x){k[w*l+x]=Math.trunc(_/b[x]);_%=b[x]}}return[k,[u,l],c]}
/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sparseSegmentReductionImpl(e,t,r,i,o,s,u){if(s===void 0){s=false}if(u===void 0){u=0}var l=i.length;var c=[t[0],e.length/t[0]];var p=c[1];var f=l>0?o[l-1]+1:0;var d=f;if(d<0){throw new Error(n.backend_util.getSparseSegmentReductionNegativeSegmentIdsErrorMessage())}var h=t.slice();h[0]=d;var v=h.reduce(function(e,t){return e*t},1);var g=n.util.getArrayFromDType(r,v);if(l===0){if(d>0){g.fill(u)}return[g,h]}if(d<=0){throw new Error(n.backend_util.getSparseSegmentReductionNegativeSegmentIdsErrorMessage())}var m=0,y=1;var b=0;var k=o[m];while(true){var w=0;if(y<l){w=o[y];if(k===w){++y;continue}if(k>=w){throw new Error(n.backend_util.getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage())}}if(k<0||k>=d){throw new Error(n.backend_util.getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(k,d))}if(k>b){g.fill(u,b*p,k*p)}for(var _=m;_<y;++_){var x=i[_];if(x<0||x>=c[0]){throw new Error(n.backend_util.getSparseSegmentReductionIndicesOutOfRangeErrorMessage(_,i[_],c[0]))}for(var S=0;S<p;S++){g[k*p+S]+=e[x*p+S]}}if(s){for(var S=0;S<p;S++){g[k*p+S]/=y-m}}m=y;++y;b=k+1;k=w;if(y>l){break}}if(b<d){g.fill(u,b*p,d*p)}return[g,h]}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ne=createSimpleUnaryImpl(function(e){return Math.sqrt(e)});var Te=unaryKernelFunc(n.Sqrt,function(e){return Math.sqrt(e)});var Ae={kernelName:n.Sqrt,backendName:"cpu",kernelFunc:Te};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ce=createSimpleBinaryKernelImpl(function(e,t){var r=e-t;return r*r});var ze=binaryKernelFunc(n.SquaredDifference,Ce);var De={kernelName:n.SquaredDifference,backendName:"cpu",kernelFunc:ze};
/**
 * @license
 * Copyright 2023 Google LLC.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ee=createSimpleUnaryImpl(function(e,t){var r=t.pattern,n=t.replaceGlobal,i=t.rewrite;return e.replace(new RegExp(r,n?"g":""),i)});var Fe=unaryKernelFuncFromImpl(n.StaticRegexReplace,Ee);var Me={kernelName:n.StaticRegexReplace,backendName:"cpu",kernelFunc:Fe};function stridedSliceImpl(e,t,r,i){var o=n.buffer(e,t.dtype);for(var s=0;s<o.size;s++){var u=o.indexToLoc(s);var l=new Array(u.length);for(var c=0;c<l.length;c++){l[c]=u[c]*r[c]+i[c]}o.set.apply(o,__spreadArray([t.get.apply(t,__spreadArray([],__read(l),false))],__read(u),false))}return o}
/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Re=function(){function StringNGramsOp(e,t,r,i,o,s){this.separator=n.util.encodeString(e);this.nGramWidths=t;this.leftPad=n.util.encodeString(r);this.rightPad=n.util.encodeString(i);this.padWidth=o;this.preserveShort=s}StringNGramsOp.prototype.getPadWidth=function(e){return Math.min(this.padWidth<0?e-1:this.padWidth,e-1)};StringNGramsOp.prototype.getNumNGrams=function(e,t){var r=this.getPadWidth(t);return Math.max(0,e+2*r-t+1)};StringNGramsOp.prototype.createNGrams=function(e,t,r,n,i,o){var _loop_1=function(u){var l=s.getPadWidth(o);var c=Math.max(0,l-u);var p=Math.max(0,l-(i-(u+1)));var f=o-(c+p);var d=t+(c>0?0:u-l);var h=0;h+=c*s.leftPad.length;for(var v=0;v<f;++v){h+=e[d+v].length}h+=p*s.rightPad.length;var g=c+p+f-1;h+=g*s.separator.length;r[n+u]=new Uint8Array(h);var m=r[n+u];var y=0;var appendToNGram=function(e){return e.forEach(function(e){return m[y++]=e})};for(var v=0;v<c;++v){appendToNGram(s.leftPad);appendToNGram(s.separator)}for(var v=0;v<f-1;++v){appendToNGram(e[d+v]);appendToNGram(s.separator)}if(f>0){appendToNGram(e[d+f-1]);for(var v=0;v<p;++v){appendToNGram(s.separator);appendToNGram(s.rightPad)}}else{for(var v=0;v<p-1;++v){appendToNGram(s.rightPad);appendToNGram(s.separator)}appendToNGram(s.rightPad)}};var s=this;for(var u=0;u<i;++u){_loop_1(u)}};StringNGramsOp.prototype.compute=function(e,t){var r=this;var i=e.length;var o=t.length;if(o>0){var s=t[0];if(s!==0){throw new Error("First split value must be 0, got ".concat(s))}for(var u=1;u<o;++u){var l=t[u]>=s;l=l&&t[u]<=i;if(!l){throw new Error("Invalid split value ".concat(t[u],", must be in [").concat(s,", ").concat(i,"]"))}s=t[u]}if(s!==i){throw new Error("Last split value must be data size. Expected ".concat(i,", got ").concat(s))}}var c=o-1;var p=n.util.getArrayFromDType("int32",o);if(i===0||o===0){var f=new Array(i);for(var u=0;u<=c;++u){p[u]=0}return[f,p]}p[0]=0;var _loop_2=function(e){var n=t[e]-t[e-1];var i=0;d.nGramWidths.forEach(function(e){i+=r.getNumNGrams(n,e)});if(d.preserveShort&&n>0&&i===0){i=1}p[e]=p[e-1]+i};var d=this;for(var u=1;u<=c;++u){_loop_2(u)}var h=new Array(p[c]);var _loop_3=function(n){var i=t[n];var o=p[n];v.nGramWidths.forEach(function(s){var u=t[n+1]-t[n];var l=r.getNumNGrams(u,s);r.createNGrams(e,i,h,o,l,s);o+=l});if(v.preserveShort&&o===p[n]){var s=t[n+1]-t[n];if(s===0){return"continue"}var u=s+2*v.padWidth;var l=1;v.createNGrams(e,i,h,o,l,u)}};var v=this;for(var u=0;u<c;++u){_loop_3(u)}return[h,p]};return StringNGramsOp}();function stringNGramsImpl(e,t,r,n,i,o,s,u){return new Re(r,n,i,o,s,u).compute(e,t)}
/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function split(e,t,r,n){if(!e.length){return}if(t.length===0){for(var i=0;i<e.length;++i){n.push(e.subarray(i,i+1))}return}if(t.length===1){var o=t[0];var s=e.indexOf(o);while(s!==-1){var u=e.subarray(0,s);if(!r||u.length!==0){n.push(u)}e=e.subarray(s+1);s=e.indexOf(o)}if(!r||e.length!==0){n.push(e)}return}var l=0;for(var i=0;i<e.length+1;i++){if(i===e.length||t.indexOf(e[i])!==-1){var u=e.subarray(l,i);if(!r||u.length!==0){n.push(u)}l=i+1}}}function stringSplitImpl(e,t,r){var i=e.length;var o=[];var s=0;var u=0;var l=new Array(i);for(var c=0;c<i;++c){var p=o.length;split(e[c],t,r,o);var f=o.length-p;l[c]=f;s+=f;u=Math.max(u,f)}var d=n.util.getArrayFromDType("int32",s*2);var h=new Array(s);var v=[i,u];var g=0;for(var c=0;c<i;++c){for(var m=0;m<l[c];++m){d[g*2]=c;d[g*2+1]=m;h[g]=o[g];++g}}return[d,h,v]}
/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function stringToHashBucketFastImpl(e,t){var r=n.util.getArrayFromDType("int32",e.length);for(var i=0;i<e.length;++i){r[i]=n.util.fingerPrint64(e[i]).modulo(t).getLowBitsUnsigned()}return r}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Le=createSimpleBinaryKernelImpl(function(e,t){return e-t});var Oe=createComplexBinaryKernelImpl(function(e,t,r,n){return{real:e-r,imag:t-n}});var Pe=binaryKernelFunc(n.Sub,Le,Oe);var Be={kernelName:n.Sub,backendName:"cpu",kernelFunc:Pe};
/**
 * @license
 * Copyright 2019 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function tileImpl(e,t){var r=new Array(e.rank);for(var i=0;i<r.length;i++){r[i]=e.shape[i]*t[i]}var o=n.buffer(r,e.dtype);for(var i=0;i<o.values.length;++i){var s=o.indexToLoc(i);var u=new Array(e.rank);for(var l=0;l<u.length;l++){u[l]=s[l]%e.shape[l]}var c=e.locToIndex(u);o.values[i]=e.values[c]}return o}var comparePair=function(e,t){var r=t.value-e.value;return r===0?e.index-t.index:r};function select$1(e,t,r,i){if(r===void 0){r=0}if(i===void 0){i=e.length-1}while(i>r){if(i-r>600){var o=i-r+1;var s=t-r+1;var u=Math.log(o);var l=.5*Math.exp(2*u/3);var c=.5*Math.sqrt(u*l*(o-l)/o)*Math.sign(s-o/2);var p=Math.max(r,Math.floor(t-s*l/o+c));var f=Math.min(i,Math.floor(t+(o-s)*l/o+c));select$1(e,t,p,f)}var d=e[t];var h=r;var v=i;n.util.swap(e,r,t);if(comparePair(e[i],d)>0){n.util.swap(e,r,i)}while(h<v){n.util.swap(e,h,v);h++;v--;while(comparePair(e[h],d)<0){h=h+1}while(comparePair(e[v],d)>0){v=v-1}}if(comparePair(e[r],d)===0){n.util.swap(e,r,v)}else{v=v+1;n.util.swap(e,v,i)}if(v<=t){r=v+1}if(t<=v){i=v-1}}}function topKImpl(e,t,r,i,o){var s=t[t.length-1];var u=__read([e.length/s,s],2),l=u[0],c=u[1];var p=n.util.getTypedArrayFromDType(r,l*i);var f=n.util.getTypedArrayFromDType("int32",l*i);var _loop_1=function(t){var r=t*c;var n=e.subarray(r,r+c);var s=new Array(n.length);n.forEach(function(e,t){return s[t]={value:e,index:t}});if(i<s.length){select$1(s,i);s=s.slice(0,i)}if(o){s.sort(comparePair)}var u=t*i;var l=p.subarray(u,u+i);var d=f.subarray(u,u+i);for(var h=0;h<i;h++){l[h]=s[h].value;d[h]=s[h].index}};for(var d=0;d<l;d++){_loop_1(d)}var h=t.slice();h[h.length-1]=i;return[n.buffer(h,r,p),n.buffer(h,"int32",f)]}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function uniqueImpl(e,t,r,i){var o=n.util.parseAxisParam(t,r)[0];var s=[1,r[0],1];for(var u=0;u<o;u++){s[0]*=r[u]}s[1]=r[o];for(var u=o+1;u<r.length;u++){s[2]*=r[u]}var l=new Map;var c=new Int32Array(r[o]);var p=new n.TensorBuffer(s,i,e);var f=[];var d=s[0]===1&&s[2]===1;for(var u=0;u<r[o];u++){var h=void 0;if(d){h=e[u].toString()}else{var v=[];for(var g=0;g<s[0];g++){for(var m=0;m<s[2];m++){v.push(p.get(g,u,m))}}h=v.join(",")}var y=l.get(h);if(y!=null){c[u]=y}else{var b=l.size;l.set(h,b);c[u]=b;f.push(u)}}var k=s.slice();k[1]=l.size;var w=new n.TensorBuffer(k,i);f.forEach(function(e,t){for(var r=0;r<s[0];r++){for(var n=0;n<s[2];n++){w.set(p.get(r,e,n),r,t,n)}}});var _=r.slice();_[o]=k[1];return{outputValues:w.values,outputShape:_,indices:c}}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var We={__proto__:null,addImpl:h,bincountImpl:bincountImpl,bincountReduceImpl:bincountReduceImpl,bitwiseAndImpl:y,castImpl:castImpl,ceilImpl:w,concatImpl:concatImpl,equalImpl:S,expImpl:T,expm1Impl:z,floorDivImpl:L,floorImpl:F,gatherNdImpl:gatherNdImpl,gatherV2Impl:gatherV2Impl,greaterEqualImpl:G,greaterImpl:B,lessEqualImpl:$,lessImpl:q,linSpaceImpl:linSpaceImpl,logImpl:X,maxImpl:maxImpl,maximumImpl:ee,minimumImpl:ne,multiplyImpl:oe,negImpl:negImpl,notEqualImpl:pe,prodImpl:prodImpl,raggedGatherImpl:raggedGatherImpl,raggedRangeImpl:raggedRangeImpl,raggedTensorToTensorImpl:raggedTensorToTensorImpl,rangeImpl:rangeImpl,rsqrtImpl:be,scatterImpl:scatterImpl,sigmoidImpl:_e,simpleAbsImpl:simpleAbsImpl,sliceImpl:sliceImpl,sparseFillEmptyRowsImpl:sparseFillEmptyRowsImpl,sparseReshapeImpl:sparseReshapeImpl,sparseSegmentReductionImpl:sparseSegmentReductionImpl,sqrtImpl:Ne,squaredDifferenceImpl:Ce,staticRegexReplaceImpl:Ee,stridedSliceImpl:stridedSliceImpl,stringNGramsImpl:stringNGramsImpl,stringSplitImpl:stringSplitImpl,stringToHashBucketFastImpl:stringToHashBucketFastImpl,subImpl:Le,tileImpl:tileImpl,topKImpl:topKImpl,transposeImpl:transposeImpl,uniqueImpl:uniqueImpl};
/** @license See the LICENSE file. */var Ue="4.22.0";
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */n.registerBackend("cpu",function(){return new u},1);
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ge=unaryKernelFunc(n.Elu,function(e){return e>=0?e:Math.exp(e)-1});var Ve={kernelName:n.Elu,backendName:"cpu",kernelFunc:Ge};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function leakyRelu(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.alpha;assertNotComplex([o],"leakyRelu");var u=n.util.sizeFromShape(o.shape);var l=r.data.get(o.dataId).values;var c=n.util.getTypedArrayFromDType("float32",u);for(var p=0;p<l.length;p++){c[p]=l[p]<0?s*l[p]:l[p]}return r.makeTensorInfo(o.shape,"float32",c)}var je={kernelName:n.LeakyRelu,backendName:"cpu",kernelFunc:leakyRelu};var qe=createSimpleBinaryKernelImpl(function(e,t){return e<0?t*e:e});function prelu(e){var t=e.inputs,r=e.backend;var n=t.x,i=t.alpha;assertNotComplex([n,i],"prelu");var o=r.data.get(n.dataId).values;var s=r.data.get(i.dataId).values;var u=__read(qe(n.shape,i.shape,o,s,"float32"),2),l=u[0],c=u[1];return r.makeTensorInfo(c,"float32",l)}var Ke={kernelName:n.Prelu,backendName:"cpu",kernelFunc:prelu};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var He=unaryKernelFunc(n.Relu,function(e){return Math.max(0,e)});var $e={kernelName:n.Relu,backendName:"cpu",kernelFunc:He};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Je=unaryKernelFunc(n.Relu6,function(e){return Math.min(Math.max(0,e),6)});var Ze={kernelName:n.Relu6,backendName:"cpu",kernelFunc:Je};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function applyActivation(e,t,r,n,i){if(r==="linear"){return identity({inputs:{x:t},backend:e})}else if(r==="relu"){return He({inputs:{x:t},backend:e})}else if(r==="elu"){return Ge({inputs:{x:t},backend:e})}else if(r==="relu6"){return Je({inputs:{x:t},backend:e})}else if(r==="prelu"){return prelu({inputs:{x:t,alpha:n},backend:e})}else if(r==="leakyrelu"){return leakyRelu({inputs:{x:t},backend:e,attrs:{alpha:i}})}else if(r==="sigmoid"){return xe({inputs:{x:t},backend:e})}throw new Error("Activation ".concat(r," has not been implemented for the CPU backend."))}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function reshape(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.shape;var u=n.util.sizeFromShape(o.shape);var l=n.util.inferFromImplicitShape(s,u);var c=n.util.sizeFromShape(l);n.util.assert(u===c,function(){return"The new shape (".concat(l,") has ").concat(c," elements and the old ")+"shape (".concat(o.shape,") has ").concat(u," elements. The new shape and old ")+"shape must have the same number of elements."});r.incRef(o.dataId);var p=r.data.get(o.dataId);if(p.complexTensorInfos!=null){var f=p.complexTensorInfos.real;var d=p.complexTensorInfos.imag;f.shape=l;d.shape=l}return{dataId:o.dataId,shape:l,dtype:o.dtype}}var Xe={kernelName:n.Reshape,backendName:"cpu",kernelFunc:reshape};function batchMatMul(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.a,s=t.b;var u=i.transposeA,l=i.transposeB;assertNotComplex([o,s],"matMul");var c=o.shape.length;var p=s.shape.length;var f=u?o.shape[c-2]:o.shape[c-1];var d=l?s.shape[p-1]:s.shape[p-2];var h=u?o.shape[c-1]:o.shape[c-2];var v=l?s.shape[p-2]:s.shape[p-1];var g=o.shape.slice(0,-2);var m=s.shape.slice(0,-2);var y=n.util.sizeFromShape(g);var b=n.util.sizeFromShape(m);var k=n.broadcast_util.assertAndGetBroadcastShape(o.shape.slice(0,-2),s.shape.slice(0,-2));var w=k.concat([h,v]);n.util.assert(f===d,function(){return"Error in matMul: inner shapes (".concat(f,") and (")+"".concat(d,") of Tensors with shapes ").concat(o.shape," and ")+"".concat(s.shape," and transposeA=").concat(u)+" and transposeB=".concat(l," must match.")});var _=u?[y,f,h]:[y,h,f];var x=l?[b,v,d]:[b,d,v];var S=reshape({inputs:{x:o},backend:r,attrs:{shape:_}});var I=reshape({inputs:{x:s},backend:r,attrs:{shape:x}});var N=u?S.shape[1]:S.shape[2];var T=u?S.shape[2]:S.shape[1];var A=l?I.shape[1]:I.shape[2];var C=Math.max(y,b);var z=r.data.get(S.dataId).values;var D=r.data.get(I.dataId).values;var E=n.util.computeStrides(S.shape);var F=n.util.computeStrides(I.shape);var M=__read(u?[E[0],1,E[1]]:[E[0],E[1],1],3),R=M[0],L=M[1],O=M[2];var P=__read(l?[1,F[1],F[0]]:[F[1],1,F[0]],3),B=P[0],W=P[1],U=P[2];var G=T*A;var V=n.buffer([C,T,A],S.dtype);var j=V.values;var q=r.blockSize;for(var K=0;K<C;K++){var H=K%y;var $=K%b;for(var J=0;J<T;J+=q){var Z=Math.min(J+q,T);for(var X=0;X<A;X+=q){var Y=Math.min(X+q,A);for(var Q=0;Q<N;Q+=q){var ee=Math.min(Q+q,N);for(var te=J;te<Z;te++){for(var re=X;re<Y;re++){var ne=0;for(var ae=Q;ae<ee;ae++){var ie=z[H*R+te*L+ae*O];var oe=D[ae*B+re*W+$*U];ne+=ie*oe}j[K*G+(te*A+re)]+=ne}}}}}}r.disposeIntermediateTensorInfo(S);r.disposeIntermediateTensorInfo(I);return r.makeTensorInfo(w,V.dtype,V.values)}var Ye={kernelName:n.BatchMatMul,backendName:"cpu",kernelFunc:batchMatMul};function _fusedMatMul(e){var t,r;var n=e.inputs,i=e.backend,o=e.attrs;var s=n.a,u=n.b,l=n.bias,c=n.preluActivationWeights;var p=o.transposeA,f=o.transposeB,d=o.activation,h=o.leakyreluAlpha;var v;var m;var y;var b=[];var k=batchMatMul({inputs:{a:s,b:u},attrs:{transposeA:p,transposeB:f},backend:i});v=k;if(l){m=g({inputs:{a:v,b:l},backend:i});b.push(v);v=m}if(d){y=applyActivation(i,v,d,c,h);b.push(v);v=y}try{for(var w=__values(b),_=w.next();!_.done;_=w.next()){var x=_.value;i.disposeIntermediateTensorInfo(x)}}catch(e){t={error:e}}finally{try{if(_&&!_.done&&(r=w.return))r.call(w)}finally{if(t)throw t.error}}return v}var Qe={kernelName:n._FusedMatMul,backendName:"cpu",kernelFunc:_fusedMatMul};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var et=unaryKernelFunc(n.Acos,function(e){return Math.acos(e)});var tt={kernelName:n.Acos,backendName:"cpu",kernelFunc:et};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var rt=unaryKernelFunc(n.Acosh,function(e){return Math.acosh(e)});var nt={kernelName:n.Acosh,backendName:"cpu",kernelFunc:rt};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function addN(e){var t=e.inputs,r=e.backend;var i=t;assertNotComplex(t,"addN");var o=i.map(function(e){return r.data.get(e.dataId).values});var s=n.buffer(i[0].shape,i[0].dtype);var u=s.values;for(var l=0;l<i.length;l++){var c=o[l];for(var p=0;p<u.length;p++){u[p]+=c[p]}}return r.makeTensorInfo(s.shape,s.dtype,s.values)}var at={kernelName:n.AddN,backendName:"cpu",kernelFunc:addN};function all(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis,u=i.keepDims;assertNotComplex(o,"all");var l=n.util.parseAxisParam(s,o.shape);var c=l;var p=n.backend_util.getAxesPermutation(c,o.shape.length);var f=o;if(p!=null){f=transpose({inputs:{x:o},backend:r,attrs:{perm:p}});c=n.backend_util.getInnerMostAxes(c.length,o.shape.length)}n.backend_util.assertAxesAreInnerMostDims("all",c,f.shape.length);var d=__read(n.backend_util.computeOutAndReduceShapes(f.shape,c),2),h=d[0],v=d[1];var g=n.util.sizeFromShape(v);var m=n.util.makeZerosTypedArray(n.util.sizeFromShape(h),f.dtype);var y=r.data.get(f.dataId).values;for(var b=0;b<m.length;++b){var k=b*g;var w=y[k];for(var _=0;_<g;++_){var x=y[k+_];w=w&&x}m[b]=w}if(p!=null){r.disposeIntermediateTensorInfo(f)}var S=r.makeTensorInfo(h,f.dtype,m);if(u){var I=n.backend_util.expandShapeToKeepDim(h,l);var N=reshape({inputs:{x:S},backend:r,attrs:{shape:I}});r.disposeIntermediateTensorInfo(S);return N}return S}var it={kernelName:n.All,backendName:"cpu",kernelFunc:all};function any(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis,u=i.keepDims;assertNotComplex(o,"any");var l=n.util.parseAxisParam(s,o.shape);var c=l;var p=n.backend_util.getAxesPermutation(c,o.shape.length);var f=o;if(p!=null){f=transpose({inputs:{x:o},backend:r,attrs:{perm:p}});c=n.backend_util.getInnerMostAxes(c.length,o.shape.length)}n.backend_util.assertAxesAreInnerMostDims("any",c,f.shape.length);var d=__read(n.backend_util.computeOutAndReduceShapes(f.shape,c),2),h=d[0],v=d[1];var g=n.util.sizeFromShape(v);var m=n.util.makeZerosTypedArray(n.util.sizeFromShape(h),f.dtype);var y=r.data.get(f.dataId).values;for(var b=0;b<m.length;++b){var k=b*g;var w=y[k];for(var _=0;_<g;++_){var x=y[k+_];w=w||x}m[b]=w}if(p!=null){r.disposeIntermediateTensorInfo(f)}var S=r.makeTensorInfo(h,f.dtype,m);if(u){var I=n.backend_util.expandShapeToKeepDim(h,l);var N=reshape({inputs:{x:S},backend:r,attrs:{shape:I}});r.disposeIntermediateTensorInfo(S);return N}return S}var ot={kernelName:n.Any,backendName:"cpu",kernelFunc:any};function argMax(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis;assertNotComplex(o,"argMax");var u=n.util.parseAxisParam(s,o.shape);var l=n.backend_util.getAxesPermutation(u,o.shape.length);var c=o;var p=[];if(l!=null){c=transpose({inputs:{x:o},backend:r,attrs:{perm:l}});p.push(c);u=n.backend_util.getInnerMostAxes(u.length,c.shape.length)}u=[u[0]];n.backend_util.assertAxesAreInnerMostDims("argMax",u,c.shape.length);var f=__read(n.backend_util.computeOutAndReduceShapes(c.shape,u),2),d=f[0],h=f[1];var v=n.util.sizeFromShape(d);var g=n.util.makeZerosTypedArray(v,"int32");var m=n.util.sizeFromShape(h);var y=r.data.get(c.dataId).values;for(var b=0;b<g.length;++b){var k=b*m;var w=y[k];var _=0;for(var x=0;x<m;++x){var S=y[k+x];if(S>w){w=S;_=x}}g[b]=_}p.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});return r.makeTensorInfo(d,"int32",g)}var st={kernelName:n.ArgMax,backendName:"cpu",kernelFunc:argMax};function argMin(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis;assertNotComplex(o,"argMin");var u=n.util.parseAxisParam(s,o.shape);var l=n.backend_util.getAxesPermutation(u,o.shape.length);var c=o;var p=[];if(l!=null){c=transpose({inputs:{x:o},backend:r,attrs:{perm:l}});p.push(c);u=n.backend_util.getInnerMostAxes(u.length,c.shape.length)}u=[u[0]];n.backend_util.assertAxesAreInnerMostDims("argMin",u,c.shape.length);var f=__read(n.backend_util.computeOutAndReduceShapes(c.shape,u),2),d=f[0],h=f[1];var v=n.util.sizeFromShape(d);var g=n.util.makeZerosTypedArray(v,"int32");var m=n.util.sizeFromShape(h);var y=r.data.get(c.dataId).values;for(var b=0;b<g.length;++b){var k=b*m;var w=y[k];var _=0;for(var x=0;x<m;++x){var S=y[k+x];if(S<w){w=S;_=x}}g[b]=_}p.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});return r.makeTensorInfo(d,"int32",g)}var ut={kernelName:n.ArgMin,backendName:"cpu",kernelFunc:argMin};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var lt=unaryKernelFunc(n.Asin,function(e){return Math.asin(e)});var ct={kernelName:n.Asin,backendName:"cpu",kernelFunc:lt};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var pt=unaryKernelFunc(n.Asinh,function(e){return Math.asinh(e)});var ft={kernelName:n.Asinh,backendName:"cpu",kernelFunc:pt};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var dt=unaryKernelFunc(n.Atan,function(e){return Math.atan(e)});var ht={kernelName:n.Atan,backendName:"cpu",kernelFunc:dt};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var vt=createSimpleBinaryKernelImpl(function(e,t){return Math.atan2(e,t)});var gt=binaryKernelFunc(n.Atan2,vt);var mt={kernelName:n.Atan2,backendName:"cpu",kernelFunc:gt};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var yt=unaryKernelFunc(n.Atanh,function(e){return Math.atanh(e)});var bt={kernelName:n.Atanh,backendName:"cpu",kernelFunc:yt};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function pool(e,t,r,i,o,s){var u=o.strideHeight;var l=o.strideWidth;var c=o.dilationHeight;var p=o.dilationWidth;var f=o.effectiveFilterHeight;var d=o.effectiveFilterWidth;var h=o.padInfo.top;var v=o.padInfo.left;var g=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY;var m=n.buffer(o.outShape,r);var y=m.values;var b=o.outShape[1]*o.outShape[2]*o.outShape[3];var k=o.outShape[2]*o.outShape[3];var w=o.outShape[3];for(var _=0;_<o.batchSize;++_){var x=_*b;var S=_*i[0];for(var I=0;I<o.inChannels;++I){for(var N=0;N<o.outHeight;++N){var T=N*u-h;var A=Math.max(0,T);var C=Math.min(o.inHeight,f+T);var z=x+N*k;for(var D=0;D<o.outWidth;++D){var E=D*l-v;var F=Math.max(0,E);var M=Math.min(o.inWidth,d+E);var R=g;var L=0;var O=0;for(var P=A;P<C;P+=c){var B=S+P*i[1];for(var W=F;W<M;W+=p){var U=B+W*i[2];var G=e[U+I];if(s==="max"&&G>R){R=G}else if(s==="avg"){L+=G;O++}}if(isNaN(R)){break}}var V=z+D*w+I;y[V]=s==="avg"?L/O:R}}}}return m}function maxPoolPositions(e,t,r,i,o,s){if(o===void 0){o=false}if(s===void 0){s=false}var u=n.buffer(i.outShape,"int32");var l=i.strideHeight;var c=i.strideWidth;var p=i.dilationHeight;var f=i.dilationWidth;var d=i.effectiveFilterHeight;var h=i.effectiveFilterWidth;var v=i.padInfo.top;var g=i.padInfo.left;var m=n.buffer(t,r,e);for(var y=0;y<i.batchSize;++y){for(var b=0;b<i.inChannels;++b){for(var k=0;k<i.outHeight;++k){var w=k*l-v;var _=w;while(_<0){_+=p}var x=Math.min(i.inHeight,d+w);for(var S=0;S<i.outWidth;++S){var I=S*c-g;var N=I;while(N<0){N+=f}var T=Math.min(i.inWidth,h+I);var A=Number.NEGATIVE_INFINITY;var C=-1;for(var z=_;z<x;z+=p){var D=z-w;for(var E=N;E<T;E+=f){var F=E-I;var M=m.get(y,z,E,b);if(M>A){A=M;if(o){C=s?((y*i.inHeight+z)*i.inWidth+E)*i.inChannels+b:(z*i.inWidth+E)*i.inChannels+b}else{C=D*h+F}}}}u.set(C,y,k,S,b)}}}}return u}function pool3d(e,t,r,i,o,s){var u=o.strideDepth;var l=o.strideHeight;var c=o.strideWidth;var p=o.dilationDepth;var f=o.dilationHeight;var d=o.dilationWidth;var h=o.effectiveFilterDepth;var v=o.effectiveFilterHeight;var g=o.effectiveFilterWidth;var m=o.padInfo.front;var y=o.padInfo.top;var b=o.padInfo.left;var k=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY;var w=n.buffer(o.outShape,r);var _=w.values;var x=o.outShape[1]*o.outShape[2]*o.outShape[3]*o.outShape[4];var S=o.outShape[2]*o.outShape[3]*o.outShape[4];var I=o.outShape[3]*o.outShape[4];var N=o.outShape[4];for(var T=0;T<o.batchSize;++T){var A=T*x;var C=T*i[0];for(var z=0;z<o.inChannels;++z){for(var D=0;D<o.outDepth;++D){var E=D*u-m;var F=E;while(F<0){F+=p}var M=Math.min(o.inDepth,h+E);var R=A+D*S;for(var L=0;L<o.outHeight;++L){var O=L*l-y;var P=O;while(P<0){P+=f}var B=Math.min(o.inHeight,v+O);var W=R+L*I;for(var U=0;U<o.outWidth;++U){var G=U*c-b;var V=G;while(V<0){V+=d}var j=Math.min(o.inWidth,g+G);var q=W+U*N;var K=k;var H=0;var $=0;for(var J=F;J<M;J+=p){var Z=C+J*i[1];for(var X=P;X<B;X+=f){var Y=Z+X*i[2];for(var Q=V;Q<j;Q+=d){var ee=Y+Q*i[3];var te=e[ee+z];if(s==="max"&&te>K){K=te}else if(s==="avg"){H+=te;$++}if(isNaN(K)){break}}if(isNaN(K)){break}}if(isNaN(K)){break}}var re=q+z;_[re]=s==="avg"?H/Math.max($,1):K}}}}}return w}function maxPool3dPositions(e,t){var r=n.buffer(t.outShape,"int32");var i=t.strideDepth;var o=t.strideHeight;var s=t.strideWidth;var u=t.dilationDepth;var l=t.dilationHeight;var c=t.dilationWidth;var p=t.effectiveFilterDepth;var f=t.effectiveFilterHeight;var d=t.effectiveFilterWidth;var h=t.padInfo.front;var v=t.padInfo.top;var g=t.padInfo.left;for(var m=0;m<t.batchSize;++m){for(var y=0;y<t.inChannels;++y){for(var b=0;b<t.outDepth;++b){var k=b*i-h;var w=k;while(w<0){w+=u}var _=Math.min(t.inDepth,p+k);for(var x=0;x<t.outHeight;++x){var S=x*o-v;var I=S;while(I<0){I+=l}var N=Math.min(t.inHeight,f+S);for(var T=0;T<t.outWidth;++T){var A=T*s-g;var C=A;while(C<0){C+=c}var z=Math.min(t.inWidth,d+A);var D=Number.NEGATIVE_INFINITY;var E=-1;for(var F=w;F<_;F+=u){var M=F-k;for(var R=I;R<N;R+=l){var L=R-S;for(var O=C;O<z;O+=c){var P=O-A;var B=e.get(m,F,R,O,y);if(B>=D){D=B;E=M*f*d+L*f+P}}}}r.set(E,m,b,x,T,y)}}}}}return r}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function avgPool(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;assertNotComplex(o,"avgPool");var s=i.filterSize,u=i.strides,l=i.pad,c=i.dimRoundingMode;var p=1;n.util.assert(n.backend_util.eitherStridesOrDilationsAreOne(u,p),function(){return"Error in avgPool: Either strides or dilations must be 1. "+"Got strides ".concat(u," and dilations '").concat(p,"'")});var f=n.backend_util.computePool2DInfo(o.shape,s,u,p,l,c);var d;if(f.filterWidth===1&&f.filterHeight===1&&n.util.arraysEqual(f.inShape,f.outShape)){d=identity({inputs:{x:o},backend:r})}else{var h=r.data.get(o.dataId).values;var v=n.util.computeStrides(o.shape);var g=pool(h,o.shape,o.dtype,v,f,"avg");d=r.makeTensorInfo(f.outShape,o.dtype,g.values)}return d}var kt={kernelName:n.AvgPool,backendName:"cpu",kernelFunc:avgPool};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function avgPool3D(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.filterSize,u=i.strides,l=i.pad,c=i.dimRoundingMode,p=i.dataFormat;assertNotComplex(o,"avgPool3d");var f=n.backend_util.computePool3DInfo(o.shape,s,u,1,l,c,p);var d=r.data.get(o.dataId).values;var h=pool3d(d,o.shape,o.dtype,n.util.computeStrides(o.shape),f,"avg");return r.makeTensorInfo(h.shape,"float32",h.values)}var wt={kernelName:n.AvgPool3D,backendName:"cpu",kernelFunc:avgPool3D};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function avgPool3DGrad(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.dy,s=t.input;var u=i.filterSize,l=i.strides,c=i.pad,p=i.dimRoundingMode;assertNotComplex([o,s],"avgPool3DGrad");var f=n.backend_util.computePool3DInfo(s.shape,u,l,1,c,p);var d=f.strideDepth;var h=f.strideHeight;var v=f.strideWidth;var g=f.filterDepth;var m=f.filterHeight;var y=f.filterWidth;var b=f.dilationDepth;var k=f.dilationHeight;var w=f.dilationWidth;var _=f.effectiveFilterDepth;var x=f.effectiveFilterHeight;var S=f.effectiveFilterWidth;var I=_-1-f.padInfo.front;var N=S-1-f.padInfo.left;var T=x-1-f.padInfo.top;var A=n.buffer(s.shape,"float32");var C=1/(g*m*y);var z=r.bufferSync(o);for(var D=0;D<f.batchSize;++D){for(var E=0;E<f.inChannels;++E){for(var F=0;F<f.inDepth;++F){for(var M=0;M<f.inHeight;++M){for(var R=0;R<f.inWidth;++R){var L=F-I;var O=M-T;var P=R-N;var B=0;for(var W=0;W<_;W+=b){var U=(L+W)/d;if(U<0||U>=f.outDepth||Math.floor(U)!==U){continue}for(var G=0;G<x;G+=k){var V=(O+G)/h;if(V<0||V>=f.outHeight||Math.floor(V)!==V){continue}for(var j=0;j<S;j+=w){var q=(P+j)/v;if(q<0||q>=f.outWidth||Math.floor(q)!==q){continue}var K=z.get(D,U,V,q,E);B+=K}}}A.set(B*C,D,F,M,R,E)}}}}}return r.makeTensorInfo(A.shape,A.dtype,A.values)}var _t={kernelName:n.AvgPool3DGrad,backendName:"cpu",kernelFunc:avgPool3DGrad};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function avgPoolGrad(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.dy,s=t.input;var u=s;assertNotComplex([o,s],"avgPoolGrad");var l=i.filterSize,c=i.strides,p=i.pad;var f=n.backend_util.computePool2DInfo(u.shape,l,c,1,p);var d=f.strideHeight;var h=f.strideWidth;var v=f.filterHeight;var g=f.filterWidth;var m=f.dilationHeight;var y=f.dilationWidth;var b=f.effectiveFilterHeight;var k=f.effectiveFilterWidth;var w=k-1-f.padInfo.left;var _=b-1-f.padInfo.top;var x=n.buffer(u.shape,"float32");var S=1/(v*g);var I=r.data.get(o.dataId).values;var N=n.buffer(o.shape,"float32",I);for(var T=0;T<f.batchSize;++T){for(var A=0;A<f.inChannels;++A){for(var C=0;C<f.inHeight;++C){for(var z=0;z<f.inWidth;++z){var D=C-_;var E=z-w;var F=0;for(var M=0;M<b;M+=m){var R=(D+M)/d;if(R<0||R>=f.outHeight||Math.floor(R)!==R){continue}for(var L=0;L<k;L+=y){var O=(E+L)/h;if(O<0||O>=f.outWidth||Math.floor(O)!==O){continue}var P=N.get(T,R,O,A);F+=P}}x.set(F*S,T,C,z,A)}}}}return r.makeTensorInfo(x.shape,x.dtype,x.values)}var xt={kernelName:n.AvgPoolGrad,backendName:"cpu",kernelFunc:avgPoolGrad};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function batchNorm(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.scale,u=t.offset,l=t.mean,c=t.variance;n.util.assert(l.shape.length===c.shape.length,function(){return"Batch normalization gradient requires mean and variance to have "+"equal ranks."});n.util.assert(u==null||l.shape.length===u.shape.length,function(){return"Batch normalization gradient requires mean and offset to have "+"equal ranks."});n.util.assert(s==null||l.shape.length===s.shape.length,function(){return"Batch normalization gradient requires mean and scale to have "+"equal ranks."});assertNotComplex([o,l,c,s,u],"batchNorm");var p=i.varianceEpsilon;if(p==null){p=.001}var f=r.data.get(o.dataId).values;var d=r.data.get(l.dataId).values;var h=r.data.get(c.dataId).values;var v=s?r.data.get(s.dataId).values:new Float32Array([1]);var g=u?r.data.get(u.dataId).values:new Float32Array([0]);var m=new Float32Array(f.length);var y=g.length;var b=v.length;var k=h.length;var w=d.length;var _=0;var x=0;var S=0;var I=0;for(var N=0;N<f.length;++N){m[N]=g[_++]+(f[N]-d[x++])*v[S++]/Math.sqrt(h[I++]+p);if(_>=y){_=0}if(x>=w){x=0}if(S>=b){S=0}if(I>=k){I=0}}return r.makeTensorInfo(o.shape,o.dtype,m)}var St={kernelName:n.FusedBatchNorm,backendName:"cpu",kernelFunc:batchNorm};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function batchToSpaceND(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.blockShape,u=i.crops;assertNotComplex([o],"batchToSpaceND");var l=s.reduce(function(e,t){return e*t});var c=n.backend_util.getReshaped(o.shape,s,l);var p=n.backend_util.getPermuted(c.length,s.length);var f=n.backend_util.getReshapedPermuted(o.shape,s,l);var d=n.backend_util.getSliceBeginCoords(u,s.length);var h=n.backend_util.getSliceSize(f,u,s.length);var v=reshape({inputs:{x:o},backend:r,attrs:{shape:c}});var g=transpose({inputs:{x:v},backend:r,attrs:{perm:p}});var m=reshape({inputs:{x:g},backend:r,attrs:{shape:f}});var y=slice({inputs:{x:m},backend:r,attrs:{begin:d,size:h}});r.disposeIntermediateTensorInfo(v);r.disposeIntermediateTensorInfo(g);r.disposeIntermediateTensorInfo(m);return y}var It={kernelName:n.BatchToSpaceND,backendName:"cpu",kernelFunc:batchToSpaceND};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function bincount(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.x,o=t.weights;var s=n.size;var u=r.data.get(i.dataId).values;var l=r.data.get(o.dataId).values;var c=bincountImpl(u,l,o.dtype,o.shape,s);return r.makeTensorInfo([s],o.dtype,c)}var Nt={kernelName:n.Bincount,backendName:"cpu",kernelFunc:bincount};
/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function broadcastArgs(e){var t=e.inputs,r=e.backend;var i=t.s0,o=t.s1;var s=r.data.get(i.dataId).values;var u=r.data.get(o.dataId).values;var l=n.backend_util.assertAndGetBroadcastShape(Array.from(s),Array.from(u));return r.makeTensorInfo([l.length],"int32",Int32Array.from(l))}var Tt={kernelName:n.BroadcastArgs,backendName:"cpu",kernelFunc:broadcastArgs};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var At=unaryKernelFunc(n.ClipByValue,function(e,t){var r=t;if(e>r.clipValueMax){return r.clipValueMax}return e<r.clipValueMin?r.clipValueMin:e});var Ct={kernelName:n.ClipByValue,backendName:"cpu",kernelFunc:At};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var complexAbs=function(e){var t=e.inputs.x;var r=e.backend;var i=new Float32Array(n.util.sizeFromShape(t.shape));var o=r.data.get(t.dataId);var s=o.complexTensorInfos.real;var u=o.complexTensorInfos.imag;var l=r.data.get(s.dataId).values;var c=r.data.get(u.dataId).values;for(var p=0;p<l.length;p++){var f=l[p];var d=c[p];i[p]=Math.hypot(f,d)}return r.makeOutput(i,t.shape,"float32")};var zt={kernelName:n.ComplexAbs,backendName:"cpu",kernelFunc:complexAbs};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function imag(e){var t=e.inputs,r=e.backend;var n=t.input;var i=r.data.get(n.dataId).complexTensorInfos.imag;var o=r.data.get(i.dataId).values;return r.makeTensorInfo(i.shape,i.dtype,o)}var Dt={kernelName:n.Imag,backendName:"cpu",kernelFunc:imag};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function concat(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=i.axis;var s=n.util.parseAxisParam(o,t[0].shape)[0];var u=t.map(function(e){return e.shape});n.backend_util.assertParamsConsistent(u,s);var l=n.backend_util.computeOutShape(t.map(function(e){return e.shape}),s);if(n.util.sizeFromShape(l)===0){return r.makeTensorInfo(l,t[0].dtype,[])}var c=t.filter(function(e){return n.util.sizeFromShape(e.shape)>0});if(c.length===1){return identity({inputs:{x:c[0]},backend:r})}if(c[0].dtype==="complex64"){var p=c.map(function(e){return real({inputs:{input:e},backend:r})});var f=c.map(function(e){return imag({inputs:{input:e},backend:r})});var d=concat({inputs:p,backend:r,attrs:{axis:s}});var h=concat({inputs:f,backend:r,attrs:{axis:s}});var v=complex({inputs:{real:d,imag:h},backend:r});p.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});f.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});r.disposeIntermediateTensorInfo(d);r.disposeIntermediateTensorInfo(h);return v}var g=c.map(function(e){var t=n.util.sizeFromShape(e.shape.slice(s));var i=[-1,t];return reshape({inputs:{x:e},backend:r,attrs:{shape:i}})});var m=g.map(function(e){return{vals:r.data.get(e.dataId).values,shape:e.shape}});l=n.backend_util.computeOutShape(g.map(function(e){return e.shape}),1);var y=g[0].shape[0]===1;var b=concatImpl(m,l,t[0].dtype,y);var k=n.backend_util.computeOutShape(c.map(function(e){return e.shape}),s);var w=r.makeTensorInfo(k,t[0].dtype,b);g.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});return w}var Et={kernelName:n.Concat,backendName:"cpu",kernelFunc:concat};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function conv2D(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.filter;var u=i.strides,l=i.pad,c=i.dataFormat,p=i.dilations,f=i.dimRoundingMode;assertNotComplex([o,s],"conv2d");var d=n.backend_util.convertConv2DDataFormat(c);var h=n.backend_util.computeConv2DInfo(o.shape,s.shape,u,p,l,f,false,d);var v=h.filterHeight;var g=h.filterWidth;var m=h.dilationHeight;var y=h.dilationWidth;var b=h.padInfo.left;var k=h.padInfo.top;var w=h.dataFormat==="channelsLast";var _=new n.TensorBuffer(h.outShape,o.dtype);var x=n.util.computeStrides(o.shape);var S=n.util.computeStrides(s.shape);var I=x[0];var N=w?x[1]:x[2];var T=w?x[2]:1;var A=w?1:x[1];var C=_.strides[0];var z=w?_.strides[1]:_.strides[2];var D=w?_.strides[2]:1;var E=w?1:_.strides[1];var F=r.data.get(o.dataId).values;var M=r.data.get(s.dataId).values;var R=_.values;for(var L=0;L<h.batchSize;++L){var O=L*I;var P=L*C;for(var B=0;B<h.outHeight;++B){var W=P+B*z;var U=B*h.strideHeight-k;for(var G=0;G<v;++G){var V=U+G*m;if(V<0||V>=h.inHeight){continue}var j=G*S[0];var q=O+V*N;for(var K=0;K<h.outWidth;++K){var H=W+K*D;var $=K*h.strideWidth-b;for(var J=0;J<g;++J){var Z=$+J*y;if(Z<0||Z>=h.inWidth){continue}var X=j+J*S[1];var Y=q+Z*T;var Q=X;for(var ee=0;ee<h.inChannels;++ee){var te=F[Y+ee*A];for(var re=0;re<h.outChannels;++re){R[H+re*E]+=te*M[Q+re]}Q+=h.outChannels}}}}}}return r.makeTensorInfo(_.shape,_.dtype,R)}var Ft={kernelName:n.Conv2D,backendName:"cpu",kernelFunc:conv2D};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function conv2DBackpropFilter(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.dy;var u=i.strides,l=i.pad,c=i.dataFormat,p=i.dimRoundingMode,f=i.filterShape;assertNotComplex([o,s],"conv2dBackpropFilter");var d=n.backend_util.convertConv2DDataFormat(c);var h=n.backend_util.computeConv2DInfo(o.shape,f,u,1,l,p,false,d);var v=h.strideHeight,g=h.strideWidth,m=h.filterHeight,y=h.filterWidth;var b=h.dataFormat==="channelsLast";var k=new n.TensorBuffer(h.filterShape,"float32");var w=h.padInfo.left;var _=h.padInfo.top;var x=r.data.get(o.dataId).values;var S=r.data.get(s.dataId).values;var I=new n.TensorBuffer(o.shape,o.dtype,x);var N=new n.TensorBuffer(s.shape,s.dtype,S);for(var T=0;T<m;++T){var A=Math.max(0,Math.ceil((_-T)/v));var C=Math.min(h.outHeight,(h.inHeight+_-T)/v);for(var z=0;z<y;++z){var D=Math.max(0,Math.ceil((w-z)/g));var E=Math.min(h.outWidth,(h.inWidth+w-z)/g);for(var F=0;F<h.inChannels;++F){for(var M=0;M<h.outChannels;++M){var R=0;for(var L=0;L<h.batchSize;++L){for(var O=A;O<C;++O){var P=T+O*v-_;for(var B=D;B<E;++B){var W=z+B*g-w;if(b){R+=I.get(L,P,W,F)*N.get(L,O,B,M)}else{R+=I.get(L,F,P,W)*N.get(L,M,O,B)}}}}k.set(R,T,z,F,M)}}}}return r.makeTensorInfo(k.shape,k.dtype,k.values)}var Mt={kernelName:n.Conv2DBackpropFilter,backendName:"cpu",kernelFunc:conv2DBackpropFilter};function conv2DBackpropInput(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.dy,s=t.filter;var u=i.inputShape,l=i.strides,c=i.pad,p=i.dataFormat,f=i.dimRoundingMode;assertNotComplex([o,s],"conv2dBackpropInput");var d=n.util.computeStrides(s.shape);var h=n.util.computeStrides(o.shape);var v=n.backend_util.convertConv2DDataFormat(p);var g=n.backend_util.computeConv2DInfo(u,s.shape,l,1,c,f,false,v);var m=new n.TensorBuffer(g.inShape,"float32");var y=m.values;var b=r.data.get(o.dataId).values;var k=r.data.get(s.dataId).values;var w=__read(d,3),_=w[0],x=w[1],S=w[2];var I=g.batchSize,N=g.filterHeight,T=g.filterWidth,A=g.inChannels,C=g.inHeight,z=g.inWidth,D=g.outChannels,E=g.outHeight,F=g.outWidth,M=g.strideHeight,R=g.strideWidth;v=g.dataFormat;var L=N-1-g.padInfo.top;var O=T-1-g.padInfo.left;var P=v==="channelsLast";var B=m.strides[0];var W=P?m.strides[1]:m.strides[2];var U=P?m.strides[2]:1;var G=P?1:m.strides[1];var V=h[0];var j=P?h[1]:h[2];var q=P?h[2]:1;var K=P?1:h[1];for(var H=0;H<I;++H){for(var $=0;$<A;++$){for(var J=0;J<C;++J){var Z=J-L;var X=Math.max(0,Math.ceil(Z/M));var Y=Math.min(E,(N+Z)/M);for(var Q=0;Q<z;++Q){var ee=Q-O;var te=Math.max(0,Math.ceil(ee/R));var re=Math.min(F,(T+ee)/R);var ne=0;for(var ae=X;ae<Y;++ae){var ie=ae*M-Z;for(var oe=te;oe<re;++oe){var se=oe*R-ee;var ue=V*H+j*ae+q*oe;var le=_*(N-1-ie)+x*(T-1-se)+S*$;for(var ce=0;ce<D;++ce){var pe=b[ue+K*ce];var fe=k[le+ce];ne+=pe*fe}}}var de=B*H+W*J+U*Q+G*$;y[de]=ne}}}}return r.makeTensorInfo(m.shape,m.dtype,m.values)}var Rt={kernelName:n.Conv2DBackpropInput,backendName:"cpu",kernelFunc:conv2DBackpropInput};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function conv3D(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.filter;var u=i.strides,l=i.pad,c=i.dilations;assertNotComplex([o,s],"conv3d");var p=n.backend_util.computeConv3DInfo(o.shape,s.shape,u,c,l);var f=p.filterDepth,d=p.filterHeight,h=p.filterWidth,v=p.dilationDepth,g=p.dilationHeight,m=p.dilationWidth,y=p.padInfo;var b=y.front;var k=y.left;var w=y.top;var _=new n.TensorBuffer(p.outShape,o.dtype);var x=r.data.get(o.dataId).values;var S=r.data.get(s.dataId).values;var I=_.values;var N=n.util.computeStrides(o.shape);var T=n.util.computeStrides(s.shape);for(var A=0;A<p.batchSize;++A){var C=A*N[0];var z=A*_.strides[0];for(var D=0;D<p.outDepth;++D){var E=z+D*_.strides[1];var F=D*p.strideDepth-b;for(var M=0;M<f;++M){var R=F+M*v;if(R<0||R>=p.inDepth){continue}var L=M*T[0];var O=C+R*N[1];for(var P=0;P<p.outHeight;++P){var B=E+P*_.strides[2];var W=P*p.strideHeight-w;for(var U=0;U<d;++U){var G=W+U*g;if(G<0||G>=p.inHeight){continue}var V=L+U*T[1];var j=O+G*N[2];for(var q=0;q<p.outWidth;++q){var K=B+q*p.outChannels;var H=q*p.strideWidth-k;for(var $=0;$<h;++$){var J=H+$*m;if(J<0||J>=p.inWidth){continue}var Z=V+$*T[2];var X=j+J*p.inChannels;var Y=Z;for(var Q=0;Q<p.inChannels;++Q){var ee=x[X+Q];for(var te=0;te<p.outChannels;++te){I[K+te]+=ee*S[Y+te]}Y+=p.outChannels}}}}}}}}return r.makeTensorInfo(_.shape,_.dtype,_.values)}var Lt={kernelName:n.Conv3D,backendName:"cpu",kernelFunc:conv3D};function conv3DBackpropFilterV2(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.dy;var u=i.strides,l=i.pad,c=i.filterShape;assertNotComplex([o,s],"conv3dBackpropFilterV2");var p=n.util.computeStrides(o.shape);var f=n.util.computeStrides(s.shape);var d=n.backend_util.computeConv3DInfo(o.shape,c,u,1,l);var h=d.strideDepth;var v=d.strideHeight;var g=d.strideWidth;var m=d.filterDepth;var y=d.filterHeight;var b=d.filterWidth;var k=new n.TensorBuffer(d.filterShape,"float32");var w=k.values;var _=__read(k.strides,4),x=_[0],S=_[1],I=_[2],N=_[3];var T=r.data.get(s.dataId).values;var A=__read(f,4),C=A[0],z=A[1],D=A[2],E=A[3];var F=r.data.get(o.dataId).values;var M=__read(p,4),R=M[0],L=M[1],O=M[2],P=M[3];var B=d.padInfo.front;var W=d.padInfo.left;var U=d.padInfo.top;for(var G=0;G<m;++G){var V=Math.max(0,Math.ceil((B-G)/h));var j=Math.min(d.outDepth,(d.inDepth+B-G)/h);var q=G*x;for(var K=0;K<y;++K){var H=Math.max(0,Math.ceil((U-K)/v));var $=Math.min(d.outHeight,(d.inHeight+U-K)/v);var J=K*S+q;for(var Z=0;Z<b;++Z){var X=Math.max(0,Math.ceil((W-Z)/g));var Y=Math.min(d.outWidth,(d.inWidth+W-Z)/g);var Q=Z*I+J;for(var ee=0;ee<d.inChannels;++ee){var te=ee*N+Q;for(var re=0;re<d.outChannels;++re){var ne=0;for(var ae=0;ae<d.batchSize;++ae){var ie=ae*R;var oe=ae*C;for(var se=V;se<j;++se){var ue=G+se*h-B;var le=ue*L+ie;var ce=se*z+oe;for(var pe=H;pe<$;++pe){var fe=K+pe*v-U;var de=fe*O+le;var he=pe*D+ce;for(var ve=X;ve<Y;++ve){var ge=Z+ve*g-W;var me=ge*P+de;var ye=ve*E+he;ne+=F[me+ee]*T[ye+re]}}}}w[te+re]=ne}}}}}return r.makeTensorInfo(k.shape,k.dtype,k.values)}var Ot={kernelName:n.Conv3DBackpropFilterV2,backendName:"cpu",kernelFunc:conv3DBackpropFilterV2};function conv3DBackpropInputV2(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.dy,s=t.filter;var u=i.pad,l=i.strides,c=i.inputShape;assertNotComplex([o],"conv3dBackpropInputV2");var p=n.util.computeStrides(o.shape);var f=n.util.computeStrides(s.shape);var d=n.backend_util.computeConv3DInfo(c,s.shape,l,1,u);var h=new n.TensorBuffer(d.inShape,"float32");var v=h.values;var g=__read(h.strides,4),m=g[0],y=g[1],b=g[2],k=g[3];var w=r.data.get(o.dataId).values;var _=__read(p,4),x=_[0],S=_[1],I=_[2],N=_[3];var T=r.data.get(s.dataId).values;var A=__read(f,4),C=A[0],z=A[1],D=A[2],E=A[3];var F=d.batchSize,M=d.filterDepth,R=d.filterHeight,L=d.filterWidth,O=d.inChannels,P=d.inDepth,B=d.inHeight,W=d.inWidth,U=d.outChannels,G=d.outDepth,V=d.outHeight,j=d.outWidth,q=d.strideDepth,K=d.strideHeight,H=d.strideWidth;var $=M-1-d.padInfo.front;var J=R-1-d.padInfo.top;var Z=L-1-d.padInfo.left;for(var X=0;X<F;++X){for(var Y=0;Y<O;++Y){for(var Q=0;Q<P;++Q){var ee=Q-$;var te=Math.max(0,Math.ceil(ee/q));var re=Math.min(G,(M+ee)/q);for(var ne=0;ne<B;++ne){var ae=ne-J;var ie=Math.max(0,Math.ceil(ae/K));var oe=Math.min(V,(R+ae)/K);for(var se=0;se<W;++se){var ue=se-Z;var le=Math.max(0,Math.ceil(ue/H));var ce=Math.min(j,(L+ue)/H);var pe=0;for(var fe=te;fe<re;++fe){var de=fe*q-ee;for(var he=ie;he<oe;++he){var ve=he*K-ae;for(var ge=le;ge<ce;++ge){var me=ge*H-ue;var ye=x*X+S*fe+I*he+N*ge;var be=C*(M-1-de)+z*(R-1-ve)+D*(L-1-me)+E*Y;for(var ke=0;ke<U;++ke){var we=w[ye+ke];var _e=T[be+ke];pe+=we*_e}}}}v[m*X+y*Q+b*ne+k*se+Y]=pe}}}}}return r.makeTensorInfo(h.shape,h.dtype,h.values)}var Pt={kernelName:n.Conv3DBackpropInputV2,backendName:"cpu",kernelFunc:conv3DBackpropInputV2};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Bt=unaryKernelFunc(n.Cos,function(e){return Math.cos(e)});var Wt={kernelName:n.Cos,backendName:"cpu",kernelFunc:Bt};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ut=unaryKernelFunc(n.Cosh,function(e){return Math.cosh(e)});var Gt={kernelName:n.Cosh,backendName:"cpu",kernelFunc:Ut};function cropAndResize(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.image,s=t.boxes,u=t.boxInd;var l=i.cropSize,c=i.method,p=i.extrapolationValue;var f=__read(o.shape,4),d=f[0],h=f[1],v=f[2],g=f[3];var m=s.shape[0];var y=__read(l,2),b=y[0],k=y[1];var w=n.buffer([m,b,k,g],"float32");var _=r.data.get(s.dataId).values;var x=r.data.get(u.dataId).values;var S=r.data.get(o.dataId).values;var I=n.util.computeStrides(o.shape);var N=n.util.computeStrides(w.shape);for(var T=0;T<m;T++){var A=T*4;var C=_[A];var z=_[A+1];var D=_[A+2];var E=_[A+3];var F=x[T];if(F>=d){continue}var M=b>1?(D-C)*(h-1)/(b-1):0;var R=k>1?(E-z)*(v-1)/(k-1):0;for(var L=0;L<b;L++){var O=b>1?C*(h-1)+L*M:.5*(C+D)*(h-1);if(O<0||O>h-1){for(var P=0;P<k;P++){for(var B=0;B<g;B++){var W=B+P*N[2]+L*N[1]+T*N[0];w.values[W]=p}}continue}if(c==="bilinear"){var U=Math.floor(O);var G=Math.ceil(O);var V=O-U;for(var P=0;P<k;P++){var j=k>1?z*(v-1)+P*R:.5*(z+E)*(v-1);if(j<0||j>v-1){for(var B=0;B<g;B++){var W=B+P*N[2]+L*N[1]+T*N[0];w.values[W]=p}continue}var q=Math.floor(j);var K=Math.ceil(j);var H=j-q;for(var B=0;B<g;B++){var W=B+q*I[2]+U*I[1]+F*I[0];var $=S[W];W=B+K*I[2]+U*I[1]+F*I[0];var J=S[W];W=B+q*I[2]+G*I[1]+F*I[0];var Z=S[W];W=B+K*I[2]+G*I[1]+F*I[0];var X=S[W];var Y=$+(J-$)*H;var Q=Z+(X-Z)*H;W=B+P*N[2]+L*N[1]+T*N[0];w.values[W]=Y+(Q-Y)*V}}}else{for(var P=0;P<k;++P){var j=k>1?z*(v-1)+P*R:.5*(z+E)*(v-1);if(j<0||j>v-1){for(var B=0;B<g;B++){var W=B+P*N[2]+L*N[1]+T*N[0];w.values[W]=p}continue}var ee=Math.round(j);var te=Math.round(O);for(var B=0;B<g;B++){var re=B+ee*I[2]+te*I[1]+F*I[0];var ne=B+P*N[2]+L*N[1]+T*N[0];w.values[ne]=S[re]}}}}}return r.makeTensorInfo(w.shape,w.dtype,w.values)}var Vt={kernelName:n.CropAndResize,backendName:"cpu",kernelFunc:cropAndResize};
/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function cumprod(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis,u=i.exclusive,l=i.reverse;assertNotComplex(o,"cumprod");var c=n.backend_util.getAxesPermutation([s],o.shape.length);var p=o;if(c!=null){p=transpose({inputs:{x:o},backend:r,attrs:{perm:c}})}var f=n.backend_util.getInnerMostAxes(1,o.shape.length)[0];if(f!==p.shape.length-1){throw new Error("backend.cumprod in CPU expects an inner-most "+"axis=".concat(p.shape.length-1," but got axis=").concat(f))}var d=n.upcastType(p.dtype,"int32");var h=n.util.makeOnesTypedArray(n.util.sizeFromShape(p.shape),d);var v=r.data.get(p.dataId).values;var g=p.shape[p.shape.length-1];var m=l?function(e,t){return e+g-t-1}:function(e,t){return e+t};for(var y=0;y<v.length;y+=g){for(var b=0;b<g;b++){var k=m(y,b);if(b===0){h[k]=u?1:v[k]}else{var w=m(y,b-1);h[k]=u?v[w]*h[w]:v[k]*h[w]}}}var _=r.makeTensorInfo(p.shape,d,h);if(c!=null){var x=n.backend_util.getUndoAxesPermutation(c);var S=transpose({inputs:{x:_},backend:r,attrs:{perm:x}});r.disposeIntermediateTensorInfo(_);r.disposeIntermediateTensorInfo(p);return S}return _}var jt={kernelName:n.Cumprod,backendName:"cpu",kernelFunc:cumprod};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function cumsum(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis,u=i.exclusive,l=i.reverse;assertNotComplex(o,"cumsum");var c=n.backend_util.getAxesPermutation([s],o.shape.length);var p=o;if(c!=null){p=transpose({inputs:{x:o},backend:r,attrs:{perm:c}})}var f=n.backend_util.getInnerMostAxes(1,o.shape.length)[0];if(f!==p.shape.length-1){throw new Error("backend.cumsum in CPU expects an inner-most "+"axis=".concat(p.shape.length-1," but got axis=").concat(f))}var d=n.upcastType(p.dtype,"int32");var h=n.util.makeZerosTypedArray(n.util.sizeFromShape(p.shape),d);var v=r.data.get(p.dataId).values;var g=p.shape[p.shape.length-1];var m=l?function(e,t){return e+g-t-1}:function(e,t){return e+t};for(var y=0;y<v.length;y+=g){for(var b=0;b<g;b++){var k=m(y,b);if(b===0){h[k]=u?0:v[k]}else{var w=m(y,b-1);h[k]=u?v[w]+h[w]:v[k]+h[w]}}}var _=r.makeTensorInfo(p.shape,d,h);if(c!=null){var x=n.backend_util.getUndoAxesPermutation(c);var S=transpose({inputs:{x:_},backend:r,attrs:{perm:x}});r.disposeIntermediateTensorInfo(_);r.disposeIntermediateTensorInfo(p);return S}return _}var qt={kernelName:n.Cumsum,backendName:"cpu",kernelFunc:cumsum};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function denseBincount(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.x,o=t.weights;var s=n.size,u=n.binaryOutput;if(i.shape.length===1){var l=r.data.get(i.dataId).values;var c=r.data.get(o.dataId).values;var p=bincountImpl(l,c,o.dtype,o.shape,s);return r.makeTensorInfo([s],o.dtype,p)}else if(i.shape.length===2){var f=r.bufferSync(i);var d=r.bufferSync(o);var h=bincountReduceImpl(f,d,s,u);return r.makeTensorInfo(h.shape,o.dtype,h.values)}throw new Error("Error in denseBincount: input must be at most rank 2, but got rank"+"".concat(i.shape.length,"."))}var Kt={kernelName:n.DenseBincount,backendName:"cpu",kernelFunc:denseBincount};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function depthToSpace(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.blockSize,u=i.dataFormat;n.util.assert(u==="NHWC",function(){return"Only NHWC dataFormat supported on CPU for depthToSpace. Got ".concat(u)});var l=o.shape[0];var c=o.shape[1];var p=o.shape[2];var f=o.shape[3];var d=c*s;var h=p*s;var v=f/(s*s);var g=r.data.get(o.dataId).values;var m=new Float32Array(l*d*h*v);var y=0;for(var b=0;b<l;++b){for(var k=0;k<d;++k){var w=Math.floor(k/s);var _=k%s;for(var x=0;x<h;++x){var S=Math.floor(x/s);var I=x%s;var N=(_*s+I)*v;for(var T=0;T<v;++T){var A=T+N;var C=A+f*(S+p*(w+c*b));m[y++]=g[C]}}}}return r.makeTensorInfo([l,d,h,v],o.dtype,m)}var Ht={kernelName:n.DepthToSpace,backendName:"cpu",kernelFunc:depthToSpace};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function depthwiseConv2dNative(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.filter;var u=i.strides,l=i.pad,c=i.dilations,p=i.dimRoundingMode;assertNotComplex([o,s],"depthwiseConv2DNative");var f=n.util.computeStrides(o.shape);var d=n.util.computeStrides(s.shape);var h=c;if(h==null){h=[1,1]}n.util.assert(n.backend_util.eitherStridesOrDilationsAreOne(u,h),function(){return"Error in depthwiseConv2d: Either strides or dilations must be "+"1. Got strides ".concat(u," and dilations '").concat(h,"'")});var v=n.backend_util.computeConv2DInfo(o.shape,s.shape,u,h,l,p,true);var g=v.filterHeight,m=v.filterWidth,y=v.dilationHeight,b=v.dilationWidth,k=v.padInfo;var w=k.left;var _=k.top;var x=v.outChannels/v.inChannels;var S=new n.TensorBuffer(v.outShape,o.dtype);var I=r.data.get(o.dataId).values;var N=r.data.get(s.dataId).values;var T=S.values;for(var A=0;A<v.batchSize;++A){var C=A*f[0];var z=A*S.strides[0];for(var D=0;D<v.outHeight;++D){var E=z+D*S.strides[1];var F=D*v.strideHeight-_;for(var M=0;M<g;++M){var R=F+M*y;if(R<0||R>=v.inHeight){continue}var L=M*d[0];var O=C+R*f[1];for(var P=0;P<v.outWidth;++P){var B=E+P*S.strides[2];var W=P*v.strideWidth-w;for(var U=0;U<m;++U){var G=W+U*b;if(G<0||G>=v.inWidth){continue}var V=L+U*d[1];var j=O+G*v.inChannels;var q=B;var K=V;for(var H=0;H<v.inChannels;++H){var $=I[j+H];for(var J=0;J<x;++J){T[q+J]+=$*N[K+J]}q+=x;K+=x}}}}}}return r.makeTensorInfo(S.shape,S.dtype,S.values)}var $t={kernelName:n.DepthwiseConv2dNative,backendName:"cpu",kernelFunc:depthwiseConv2dNative};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function depthwiseConv2dNativeBackpropFilter(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.dy;var u=i.strides,l=i.dilations,c=i.pad,p=i.dimRoundingMode,f=i.filterShape;assertNotComplex([o,s],"depthwiseConv2dNativeBackpropFilter");var d=n.backend_util.computeConv2DInfo(o.shape,f,u,l,c,p,true);var h=d.strideHeight,v=d.strideWidth,g=d.filterHeight,m=d.filterWidth;var y=new n.TensorBuffer(d.filterShape,"float32");var b=d.padInfo.left;var k=d.padInfo.top;var w=d.outChannels/d.inChannels;var _=r.data.get(o.dataId).values;var x=new n.TensorBuffer(o.shape,o.dtype,_);var S=r.data.get(s.dataId).values;var I=new n.TensorBuffer(s.shape,s.dtype,S);for(var N=0;N<g;++N){var T=Math.max(0,Math.ceil((k-N)/h));var A=Math.min(d.outHeight,(d.inHeight+k-N)/h);for(var C=0;C<m;++C){var z=Math.max(0,Math.ceil((b-C)/v));var D=Math.min(d.outWidth,(d.inWidth+b-C)/v);for(var E=0;E<d.outChannels;++E){var F=Math.trunc(E/w);var M=E%w;var R=0;for(var L=0;L<d.batchSize;++L){for(var O=T;O<A;++O){var P=N+O*h-k;for(var B=z;B<D;++B){var W=C+B*v-b;R+=x.get(L,P,W,F)*I.get(L,O,B,E)}}}y.set(R,N,C,F,M)}}}return r.makeTensorInfo(y.shape,y.dtype,y.values)}var Jt={kernelName:n.DepthwiseConv2dNativeBackpropFilter,backendName:"cpu",kernelFunc:depthwiseConv2dNativeBackpropFilter};function depthwiseConv2dNativeBackpropInput(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.dy,s=t.filter;var u=i.strides,l=i.dilations,c=i.pad,p=i.dimRoundingMode,f=i.inputShape;assertNotComplex([o,s],"depthwiseConv2DNativeBackpropInput");var d=n.util.computeStrides(o.shape);var h=n.util.computeStrides(s.shape);var v=n.backend_util.computeConv2DInfo(f,s.shape,u,l,c,p,true);var g=new n.TensorBuffer(v.inShape,"float32");var m=g.values;var y=__read(g.strides,3),b=y[0],k=y[1],w=y[2];var _=r.data.get(o.dataId).values;var x=__read(d,3),S=x[0],I=x[1],N=x[2];var T=r.data.get(s.dataId).values;var A=__read(h,3),C=A[0],z=A[1],D=A[2];var E=v.batchSize,F=v.filterHeight,M=v.filterWidth,R=v.inChannels,L=v.inHeight,O=v.inWidth,P=v.outChannels,B=v.outHeight,W=v.outWidth,U=v.strideHeight,G=v.strideWidth;var V=F-1-v.padInfo.top;var j=M-1-v.padInfo.left;var q=P/R;for(var K=0;K<E;++K){for(var H=0;H<R;++H){for(var $=0;$<L;++$){var J=$-V;var Z=Math.max(0,Math.ceil(J/U));var X=Math.min(B,(F+J)/U);for(var Y=0;Y<O;++Y){var Q=Y-j;var ee=Math.max(0,Math.ceil(Q/G));var te=Math.min(W,(M+Q)/G);var re=0;for(var ne=Z;ne<X;++ne){var ae=ne*U-J;for(var ie=ee;ie<te;++ie){var oe=ie*G-Q;var se=S*K+I*ne+N*ie;var ue=C*(F-1-ae)+z*(M-1-oe)+D*H;for(var le=0;le<q;++le){var ce=H*q+le;var pe=_[se+ce];var fe=T[ue+le];re+=pe*fe}}}m[b*K+k*$+w*Y+H]=re}}}}return r.makeTensorInfo(g.shape,g.dtype,g.values)}var Zt={kernelName:n.DepthwiseConv2dNativeBackpropInput,backendName:"cpu",kernelFunc:depthwiseConv2dNativeBackpropInput};function diag(e){var t=e.inputs,r=e.backend;var i=t.x;var o=n.util.sizeFromShape(i.shape);var s=r.data.get(i.dataId).values;var u=n.buffer([o,o],i.dtype);var l=u.values;for(var c=0;c<s.length;c++){l[c*o+c]=s[c]}var p=__spreadArray(__spreadArray([],__read(i.shape),false),__read(i.shape),false);return r.makeTensorInfo(p,u.dtype,u.values)}var Xt={kernelName:n.Diag,backendName:"cpu",kernelFunc:diag};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Yt={kernelName:n.Dilation2D,backendName:"cpu",kernelFunc:function(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.filter;var u=i.strides,l=i.pad,c=i.dilations;var p=r;var f=p.data.get(o.dataId).values;var d=o.shape.length;var h=p.data.get(s.dataId).values;var v=s.shape.length;var g=n.backend_util.computeDilation2DInfo(o.shape,s.shape,u,l,"NHWC",c),m=g.batchSize,y=g.inHeight,b=g.inWidth,k=g.inChannels,w=g.outHeight,_=g.outWidth,x=g.padInfo,S=g.strideHeight,I=g.strideWidth,N=g.filterHeight,T=g.filterWidth,A=g.dilationHeight,C=g.dilationWidth,z=g.outShape;var D=n.util.sizeFromShape(z);var E=z.length;var F=n.util.getArrayFromDType(o.dtype,D);for(var M=0;M<m;++M){for(var R=0;R<w;++R){var L=R*S-x.top;for(var O=0;O<_;++O){var P=O*I-x.left;for(var B=0;B<k;++B){var W=Number.MIN_SAFE_INTEGER;for(var U=0;U<N;++U){var G=L+U*A;if(G>=0&&G<y){for(var V=0;V<T;++V){var j=P+V*C;if(j>=0&&j<b){var q=n.util.locToIndex([M,G,j,B],d,n.util.computeStrides(o.shape));var K=n.util.locToIndex([U,V,B],v,n.util.computeStrides(s.shape));var H=f[q]+h[K];if(H>W){W=H}}}}}var $=n.util.locToIndex([M,R,O,B],E,n.util.computeStrides(z));F[$]=W}}}}var J=p.write(n.util.toTypedArray(F,o.dtype),z,o.dtype);return{dataId:J,shape:z,dtype:o.dtype}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Qt={kernelName:n.Dilation2DBackpropFilter,backendName:"cpu",kernelFunc:function(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.filter,u=t.dy;var l=i.strides,c=i.pad,p=i.dilations;var f=r;var d=n.util.toNestedArray(o.shape,f.data.get(o.dataId).values);var h=n.util.toNestedArray(s.shape,f.data.get(s.dataId).values);var v=n.backend_util.computeDilation2DInfo(o.shape,s.shape,l,c,"NHWC",p),g=v.batchSize,m=v.inHeight,y=v.inWidth,b=v.inChannels,k=v.outHeight,w=v.outWidth,_=v.padInfo,x=v.strideHeight,S=v.strideWidth,I=v.filterHeight,N=v.filterWidth,T=v.dilationHeight,A=v.dilationWidth,C=v.outShape;n.util.assert(u.rank===C.length,function(){return"Error in ".concat(n.Dilation2DBackpropFilter,", dy ")+"must have the same rank as output ".concat(C.length,", but got ")+"".concat(u.rank)});var z=n.util.toNestedArray(C,f.data.get(u.dataId).values);var D=n.util.makeZerosNestedTypedArray(s.shape,s.dtype);for(var E=0;E<g;++E){for(var F=0;F<k;++F){var M=F*x-_.top;for(var R=0;R<w;++R){var L=R*S-_.left;for(var O=0;O<b;++O){var P=Number.MIN_SAFE_INTEGER;var B=0;var W=0;for(var U=0;U<I;++U){var G=M+U*T;if(G>=0&&G<m){for(var V=0;V<N;++V){var j=L+V*A;if(j>=0&&j<y){var q=d[E][G][j][O]+h[U][V][O];if(q>P){P=q;B=U;W=V}}}}}D[B][W][O]+=z[E][F][R][O]}}}}var K=f.write(n.util.toTypedArray(D,o.dtype),s.shape,s.dtype);return{dataId:K,shape:s.shape,dtype:s.dtype}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var er={kernelName:n.Dilation2DBackpropInput,backendName:"cpu",kernelFunc:function(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.filter,u=t.dy;var l=i.strides,c=i.pad,p=i.dilations;var f=r;var d=n.util.toNestedArray(o.shape,f.data.get(o.dataId).values);var h=n.util.toNestedArray(s.shape,f.data.get(s.dataId).values);var v=n.backend_util.computeDilation2DInfo(o.shape,s.shape,l,c,"NHWC",p),g=v.batchSize,m=v.inHeight,y=v.inWidth,b=v.inChannels,k=v.outHeight,w=v.outWidth,_=v.padInfo,x=v.strideHeight,S=v.strideWidth,I=v.filterHeight,N=v.filterWidth,T=v.dilationHeight,A=v.dilationWidth,C=v.outShape;n.util.assert(u.rank===C.length,function(){return"Error in ".concat(n.Dilation2DBackpropInput,", dy ")+"must have the same rank as output ".concat(C.length,", but got ")+"".concat(u.rank)});var z=n.util.toNestedArray(C,f.data.get(u.dataId).values);var D=n.util.makeZerosNestedTypedArray(o.shape,o.dtype);for(var E=0;E<g;++E){for(var F=0;F<k;++F){var M=F*x-_.top;for(var R=0;R<w;++R){var L=R*S-_.left;for(var O=0;O<b;++O){var P=Number.MIN_SAFE_INTEGER;var B=M<0?0:M;var W=L<0?0:L;for(var U=0;U<I;++U){var G=M+U*T;if(G>=0&&G<m){for(var V=0;V<N;++V){var j=L+V*A;if(j>=0&&j<y){var q=d[E][G][j][O]+h[U][V][O];if(q>P){P=q;B=G;W=j}}}}}D[E][B][W][O]+=z[E][F][R][O]}}}}var K=f.write(n.util.toTypedArray(D,o.dtype),o.shape,o.dtype);return{dataId:K,shape:o.shape,dtype:o.dtype}}};function draw(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.image;var o=n.canvas,s=n.options;var u=s||{},l=u.contextOptions,c=u.imageOptions;var p=(c===null||c===void 0?void 0:c.alpha)||1;var f=(l===null||l===void 0?void 0:l.contextType)||"2d";if(f!=="2d"){throw new Error("Context type ".concat(l.contextType," is not supported by the CPU backend."))}var d=o.getContext(f,(l===null||l===void 0?void 0:l.contextAttributes)||{});if(d==null){throw new Error("Could not get the context with ".concat(f," type."))}var h=__read(i.shape.slice(0,2),2),v=h[0],g=h[1];var m=i.shape.length===2?1:i.shape[2];var y=r.data.get(i.dataId).values;var b=i.dtype==="float32"?255:1;var k=new Uint8ClampedArray(g*v*4);for(var w=0;w<v*g;++w){var _=[0,0,0,255*p];for(var x=0;x<m;x++){var S=y[w*m+x];if(i.dtype==="float32"){if(S<0||S>1){throw new Error("Tensor values for a float32 Tensor must be in the "+"range [0 - 1] but encountered ".concat(S,"."))}}else if(i.dtype==="int32"){if(S<0||S>255){throw new Error("Tensor values for a int32 Tensor must be in the "+"range [0 - 255] but encountered ".concat(S,"."))}}if(m===1){_[0]=S*b;_[1]=S*b;_[2]=S*b}else{_[x]=S*b}}var I=w*4;k[I+0]=Math.round(_[0]);k[I+1]=Math.round(_[1]);k[I+2]=Math.round(_[2]);k[I+3]=Math.round(_[3])}o.width=g;o.height=v;var N=new ImageData(k,g,v);d.putImageData(N,0,0);return i}var tr={kernelName:n.Draw,backendName:"cpu",kernelFunc:draw};function sum(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis,u=i.keepDims;assertNotComplex(o,"sum");var l;if(o.dtype==="bool"){l=cast({inputs:{x:o},backend:r,attrs:{dtype:"int32"}})}else{l=identity({inputs:{x:o},backend:r})}var c=l.shape.length;var p=n.util.parseAxisParam(s,l.shape);var f=n.backend_util.getAxesPermutation(p,c);var d=p;var h=l;if(f!=null){h=transpose({inputs:{x:l},backend:r,attrs:{perm:f}});d=n.backend_util.getInnerMostAxes(d.length,c)}n.backend_util.assertAxesAreInnerMostDims("sum",d,h.shape.length);var v=__read(n.backend_util.computeOutAndReduceShapes(h.shape,d),2),g=v[0],m=v[1];var y=n.backend_util.upcastType(h.dtype,"int32");var b=zeros(r,g,y);var k=n.util.sizeFromShape(m);var w=r.data.get(b.dataId).values;var _=r.data.get(h.dataId).values;for(var x=0;x<w.length;++x){var S=x*k;var I=0;for(var N=0;N<k;++N){I+=_[S+N]}w[x]=I}if(u){var T=n.backend_util.expandShapeToKeepDim(b.shape,p);var A=b;b=reshape({inputs:{x:b},backend:r,attrs:{shape:T}});r.disposeIntermediateTensorInfo(A)}r.disposeIntermediateTensorInfo(l);if(f!=null){r.disposeIntermediateTensorInfo(h)}return b}var rr={kernelName:n.Sum,backendName:"cpu",kernelFunc:sum};function einsum(e){var t,r,i,o;var s=e.inputs,u=e.backend,l=e.attrs;var c=l.equation;var p=s;var f=n.backend_util.decodeEinsumEquation(c,p.length),d=f.allDims,h=f.summedDims,v=f.idDims;n.backend_util.checkEinsumDimSizes(d.length,v,p);var g=n.backend_util.getEinsumComputePath(h,v),m=g.path,y=g.steps;var b=y.length;var k=null;var w=d.length;var _=[];for(var x=0;x<b;++x){try{for(var S=(t=void 0,__values(y[x])),I=S.next();!I.done;I=S.next()){var N=I.value;var T=n.backend_util.getEinsumPermutation(w,v[N]),A=T.permutationIndices,C=T.expandDims;var z=void 0;if(n.backend_util.isIdentityPermutation(A)){z=p[N]}else{z=transpose({inputs:{x:p[N]},backend:u,attrs:{perm:A}});_.push(z)}var D=z.shape.slice();for(var E=0;E<C.length;++E){D.splice(C[E],0,1)}if(!n.util.arraysEqual(z.shape,D)){z=reshape({inputs:{x:z},backend:u,attrs:{shape:D}});_.push(z)}if(k===null){k=z}else{k=ue({inputs:{a:z,b:k},backend:u});_.push(k)}}}catch(e){t={error:e}}finally{try{if(I&&!I.done&&(r=S.return))r.call(S)}finally{if(t)throw t.error}}if(x<b-1){if(m[x]>=0){k=sum({inputs:{x:k},backend:u,attrs:{axis:m[x]-(d.length-w),keepDims:false}});_.push(k)}w--}}try{for(var F=__values(_),M=F.next();!M.done;M=F.next()){var R=M.value;if(R===k){continue}u.disposeIntermediateTensorInfo(R)}}catch(e){i={error:e}}finally{try{if(M&&!M.done&&(o=F.return))o.call(F)}finally{if(i)throw i.error}}return k}var nr={kernelName:n.Einsum,backendName:"cpu",kernelFunc:einsum};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function eluGrad(e){var t=e.inputs,r=e.backend;var i=t.dy,o=t.y;assertNotComplex([i,o],"eluGrad");var s=new Float32Array(n.util.sizeFromShape(o.shape));var u=r.data.get(o.dataId).values;var l=r.data.get(i.dataId).values;for(var c=0;c<u.length;++c){var p=u[c];if(p>=0){s[c]=l[c]}else{s[c]=l[c]*(p+1)}}return r.makeTensorInfo(o.shape,"float32",s)}var ar={kernelName:n.EluGrad,backendName:"cpu",kernelFunc:eluGrad};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ir=n.backend_util.ERF_P;var sr=n.backend_util.ERF_A1;var ur=n.backend_util.ERF_A2;var lr=n.backend_util.ERF_A3;var cr=n.backend_util.ERF_A4;var pr=n.backend_util.ERF_A5;var fr=unaryKernelFunc(n.Erf,function(e){var t=Math.sign(e);var r=Math.abs(e);var n=1/(1+ir*r);return t*(1-((((pr*n+cr)*n+lr)*n+ur)*n+sr)*n*Math.exp(-r*r))});var dr={kernelName:n.Erf,backendName:"cpu",kernelFunc:fr};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function expandDims(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.input;var s=i.dim;var u=o.shape.length;var l=o.shape.slice();var c=s;if(s<0){n.util.assert(-(u+1)<=s,function(){return"Axis must be in the interval [".concat(-(u+1),", ").concat(u,"]")});c=u+s+1}l.splice(c,0,1);return reshape({inputs:{x:o},backend:r,attrs:{shape:l}})}var hr={kernelName:n.ExpandDims,backendName:"cpu",kernelFunc:expandDims};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var vr=createSimpleBinaryKernelImpl(function(e,t){return e/t});var gr=binaryKernelFunc(n.RealDiv,vr);var mr={kernelName:n.RealDiv,backendName:"cpu",kernelFunc:gr};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function fftBatch(e,t,r){var i=e.shape;var o=i[0];var s=i[1];var u=r.data.get(e.dataId);var l=u.complexTensorInfos.real;var c=u.complexTensorInfos.imag;var p=[o,s];var f=n.util.sizeFromShape(p);var d=n.util.getTypedArrayFromDType("float32",f);var h=n.util.getTypedArrayFromDType("float32",f);for(var v=0;v<o;v++){var g=slice({inputs:{x:l},backend:r,attrs:{begin:[v,0],size:[1,s]}});var m=slice({inputs:{x:c},backend:r,attrs:{begin:[v,0],size:[1,s]}});var y=complex({inputs:{real:g,imag:m},backend:r});var b=fftImpl(y,t,r),k=b.real,w=b.imag;var _=n.backend_util.mergeRealAndImagArrays(k,w);for(var x=0;x<s;x++){var S=n.backend_util.getComplexWithIndex(_,x);d[v*s+x]=S.real;h[v*s+x]=S.imag}r.disposeIntermediateTensorInfo(g);r.disposeIntermediateTensorInfo(m);r.disposeIntermediateTensorInfo(y)}var I=r.makeTensorInfo(p,"float32",d);var N=r.makeTensorInfo(p,"float32",h);var T=complex({inputs:{real:I,imag:N},backend:r});r.disposeIntermediateTensorInfo(I);r.disposeIntermediateTensorInfo(N);return T}function fftImpl(e,t,r){var i=n.util.sizeFromShape(e.shape);var o=r.data.get(e.dataId);var s=r.data.get(o.complexTensorInfos.real.dataId).values;var u=r.data.get(o.complexTensorInfos.imag.dataId).values;if(isExponentOf2(i)){var l=fftRadix2(s,u,i,t,r);var c=[e.shape[0],e.shape[1]];if(t){var p=r.makeTensorInfo(c,"float32",l.real);var f=r.makeTensorInfo(c,"float32",l.imag);var d=r.makeTensorInfo([],"float32",n.util.createScalarValue(i,"float32"));var h=identity({inputs:{x:d},backend:r});var v=mr.kernelFunc({inputs:{a:p,b:d},backend:r});var g=mr.kernelFunc({inputs:{a:f,b:h},backend:r});var m=r.data.get(v.dataId).values;var y=r.data.get(g.dataId).values;r.disposeIntermediateTensorInfo(p);r.disposeIntermediateTensorInfo(f);r.disposeIntermediateTensorInfo(d);r.disposeIntermediateTensorInfo(h);r.disposeIntermediateTensorInfo(v);r.disposeIntermediateTensorInfo(g);return{real:m,imag:y}}return l}else{var b=n.backend_util.mergeRealAndImagArrays(s,u);var k=fourierTransformByMatmul(b,i,t);return n.backend_util.splitRealAndImagArrays(k)}}function isExponentOf2(e){return(e&e-1)===0}function fftRadix2(e,t,r,i,o){if(r===1){return{real:e,imag:t}}var s=n.backend_util.mergeRealAndImagArrays(e,t);var u=r/2;var l=n.backend_util.complexWithEvenIndex(s);var c=l.real;var p=l.imag;var f=[c.length];var d=o.makeTensorInfo(f,"float32",c);var h=o.makeTensorInfo(f,"float32",p);var v=complex({inputs:{real:d,imag:h},backend:o});var m=n.backend_util.complexWithOddIndex(s);var y=m.real;var b=m.imag;var k=[y.length];var w=o.makeTensorInfo(k,"float32",y);var _=o.makeTensorInfo(k,"float32",b);var x=complex({inputs:{real:w,imag:_},backend:o});var S=fftRadix2(c,p,u,i,o);var I=S.real;var N=S.imag;var T=[I.length];var A=o.makeTensorInfo(T,"float32",I);var C=o.makeTensorInfo(T,"float32",N);var z=complex({inputs:{real:A,imag:C},backend:o});var D=fftRadix2(y,b,u,i,o);var E=D.real;var F=D.imag;var M=[E.length];var R=o.makeTensorInfo(M,"float32",E);var L=o.makeTensorInfo(M,"float32",F);var O=complex({inputs:{real:R,imag:L},backend:o});var P=n.backend_util.exponents(r,i);var B=[P.real.length];var W=o.makeTensorInfo(B,"float32",P.real);var U=o.makeTensorInfo(B,"float32",P.imag);var G=complex({inputs:{real:W,imag:U},backend:o});var V=ue({inputs:{a:G,b:O},backend:o});var j=g({inputs:{a:z,b:V},backend:o});var q=Pe({inputs:{a:z,b:V},backend:o});var K=real({inputs:{input:j},backend:o});var H=real({inputs:{input:q},backend:o});var $=imag({inputs:{input:j},backend:o});var J=imag({inputs:{input:q},backend:o});var Z=concat({inputs:[K,H],backend:o,attrs:{axis:0}});var X=concat({inputs:[$,J],backend:o,attrs:{axis:0}});var Y=o.data.get(Z.dataId).values;var Q=o.data.get(X.dataId).values;o.disposeIntermediateTensorInfo(d);o.disposeIntermediateTensorInfo(h);o.disposeIntermediateTensorInfo(v);o.disposeIntermediateTensorInfo(w);o.disposeIntermediateTensorInfo(_);o.disposeIntermediateTensorInfo(x);o.disposeIntermediateTensorInfo(A);o.disposeIntermediateTensorInfo(C);o.disposeIntermediateTensorInfo(z);o.disposeIntermediateTensorInfo(R);o.disposeIntermediateTensorInfo(L);o.disposeIntermediateTensorInfo(O);o.disposeIntermediateTensorInfo(W);o.disposeIntermediateTensorInfo(U);o.disposeIntermediateTensorInfo(G);o.disposeIntermediateTensorInfo(V);o.disposeIntermediateTensorInfo(j);o.disposeIntermediateTensorInfo(q);o.disposeIntermediateTensorInfo(K);o.disposeIntermediateTensorInfo($);o.disposeIntermediateTensorInfo(H);o.disposeIntermediateTensorInfo(J);o.disposeIntermediateTensorInfo(Z);o.disposeIntermediateTensorInfo(X);return{real:Y,imag:Q}}function fourierTransformByMatmul(e,t,r){var i=new Float32Array(t*2);for(var o=0;o<t;o++){var s=0;var u=0;for(var l=0;l<t;l++){var c=n.backend_util.exponent(o*l,t,r);var p=n.backend_util.getComplexWithIndex(e,l);s+=p.real*c.real-p.imag*c.imag;u+=p.real*c.imag+p.imag*c.real}if(r){s/=t;u/=t}n.backend_util.assignToTypedArray(i,s,u,o)}return i}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function fft(e){var t=e.inputs,r=e.backend;var i=t.input;var o=n.util.sizeFromShape(i.shape);var s=i.shape[i.shape.length-1];var u=o/s;var l=reshape({inputs:{x:i},backend:r,attrs:{shape:[u,s]}});var c=fftBatch(l,false,r);var p=reshape({inputs:{x:c},backend:r,attrs:{shape:i.shape}});r.disposeIntermediateTensorInfo(l);r.disposeIntermediateTensorInfo(c);return p}var yr={kernelName:n.FFT,backendName:"cpu",kernelFunc:fft};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function fill(e){var t=e.backend,r=e.attrs;var i=r.shape,o=r.value,s=r.dtype;var u=s||n.util.inferDtype(o);var l=n.util.getArrayFromDType(u,n.util.sizeFromShape(i));fillValues(l,o,u);return t.makeTensorInfo(i,u,l)}var br={kernelName:n.Fill,backendName:"cpu",kernelFunc:fill};function fillValues(e,t,r){if(r==="string"){e.fill(t)}else{e.fill(t)}}var kr={kernelName:n.FlipLeftRight,backendName:"cpu",kernelFunc:function(e){var t=e.inputs;e.attrs;var r=e.backend;var i=t.image;var o=r;var s=n.util.getTypedArrayFromDType(i.dtype,n.util.sizeFromShape(i.shape));var u=__read(i.shape,4),l=u[0],c=u[1],p=u[2],f=u[3];var d=o.data.get(i.dataId).values;for(var h=0;h<l;h++){var v=h*p*c*f;for(var g=0;g<c;g++){var m=g*(p*f);for(var y=0;y<p;y++){var b=y*f;for(var k=0;k<f;k++){var w=Math.round(p-y-1);var _=v+m+b+k;var x=d[_];if(w>=0&&w<p){var S=w*f;var I=v+m+S+k;x=d[I]}s[_]=x}}}}var N=o.write(s,i.shape,i.dtype);return{dataId:N,shape:i.shape,dtype:i.dtype}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function fusedConv2D(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.x,o=t.filter,s=t.bias,u=t.preluActivationWeights;var l=n.strides,c=n.pad,p=n.dataFormat,f=n.dilations,d=n.dimRoundingMode,h=n.activation,v=n.leakyreluAlpha;var m=conv2D({inputs:{x:i,filter:o},backend:r,attrs:{strides:l,pad:c,dataFormat:p,dilations:f,dimRoundingMode:d}});if(s){var y=m;if(p==="NCHW"&&s.shape.length===1&&s.shape[0]!==1){var b=reshape({inputs:{x:s},backend:r,attrs:{shape:[s.shape[0],1,1]}});m=g({inputs:{a:m,b:b},backend:r});r.disposeIntermediateTensorInfo(b)}else{m=g({inputs:{a:m,b:s},backend:r})}r.disposeIntermediateTensorInfo(y)}if(h){var y=m;if(p==="NCHW"&&h==="prelu"&&u.shape.length===1&&u.shape[0]!==1){var k=reshape({inputs:{x:u},backend:r,attrs:{shape:[u.shape[0],1,1]}});m=applyActivation(r,m,h,k,v);r.disposeIntermediateTensorInfo(k)}else{m=applyActivation(r,m,h,u,v)}r.disposeIntermediateTensorInfo(y)}return m}var wr={kernelName:n.FusedConv2D,backendName:"cpu",kernelFunc:fusedConv2D};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function fusedDepthwiseConv2D(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.x,o=t.filter,s=t.bias,u=t.preluActivationWeights;var l=n.strides,c=n.pad,p=n.dataFormat,f=n.dilations,d=n.dimRoundingMode,h=n.activation,v=n.leakyreluAlpha;var m=depthwiseConv2dNative({inputs:{x:i,filter:o},backend:r,attrs:{strides:l,pad:c,dataFormat:p,dilations:f,dimRoundingMode:d}});if(s){var y=m;m=g({inputs:{a:m,b:s},backend:r});r.disposeIntermediateTensorInfo(y)}if(h){var y=m;m=applyActivation(r,m,h,u,v);r.disposeIntermediateTensorInfo(y)}return m}var _r={kernelName:n.FusedDepthwiseConv2D,backendName:"cpu",kernelFunc:fusedDepthwiseConv2D};function gatherNd(e){var t=e.inputs,r=e.backend;var i=t.params,o=t.indices;var s=n.util.sizeFromShape(i.shape);var u=o.shape;var l=u[u.length-1];var c=__read(n.backend_util.prepareAndValidate(i,o),4),p=c[0],f=c[1],d=c[2],h=c[3];if(f===0){return r.makeTensorInfo(p,i.dtype,[])}var v=r.data.get(o.dataId).values;var g=r.bufferSync(i);var m=gatherNdImpl(v,g,i.dtype,f,l,d,h,i.shape,s);return r.makeTensorInfo(p,i.dtype,m.values)}var xr={kernelName:n.GatherNd,backendName:"cpu",kernelFunc:gatherNd};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function gatherV2(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.indices;var u=i.axis,l=i.batchDims;assertNotComplex([o,s],"gatherV2");var c=n.util.parseAxisParam(u,o.shape)[0];var p=r.data.get(s.dataId).values;var f=o.shape[c];var _loop_1=function(e){var t=p[e];n.util.assert(t<=f-1&&t>=0,function(){return"GatherV2: the index value ".concat(t," is not in [0, ").concat(f-1,"]")})};for(var d=0;d<p.length;++d){_loop_1(d)}var h=l;if(l==null){h=0}var v=n.util.sizeFromShape(s.shape);var g=n.backend_util.segment_util.collectGatherOpShapeInfo(o,s,c,h);var m=reshape({inputs:{x:o},backend:r,attrs:{shape:[g.batchSize,g.outerSize,g.dimSize,g.sliceSize]}});var y=reshape({inputs:{x:s},backend:r,attrs:{shape:[g.batchSize,v/g.batchSize]}});var b=[g.batchSize,g.outerSize,v/g.batchSize,g.sliceSize];var k=r.bufferSync(y);var w=r.bufferSync(m);var _=gatherV2Impl(w,k,b);r.disposeIntermediateTensorInfo(m);r.disposeIntermediateTensorInfo(y);return r.makeTensorInfo(g.outputShape,_.dtype,_.values)}var Sr={kernelName:n.GatherV2,backendName:"cpu",kernelFunc:gatherV2};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function ifft(e){var t=e.inputs,r=e.backend;var i=t.input;var o=n.util.sizeFromShape(i.shape);var s=i.shape[i.shape.length-1];var u=o/s;var l=reshape({inputs:{x:i},backend:r,attrs:{shape:[u,s]}});var c=fftBatch(l,true,r);var p=reshape({inputs:{x:c},backend:r,attrs:{shape:i.shape}});r.disposeIntermediateTensorInfo(l);r.disposeIntermediateTensorInfo(c);return p}var Ir={kernelName:n.IFFT,backendName:"cpu",kernelFunc:ifft};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Nr=unaryKernelFunc(n.IsFinite,function(e){return Number.isFinite(e)?1:0},"bool");var Tr={kernelName:n.IsFinite,backendName:"cpu",kernelFunc:Nr};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ar=unaryKernelFunc(n.IsInf,function(e){return Math.abs(e)===Infinity?1:0},"bool");var Cr={kernelName:n.IsInf,backendName:"cpu",kernelFunc:Ar};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var zr=unaryKernelFunc(n.IsNan,function(e){return Number.isNaN(e)?1:0},"bool");var Dr={kernelName:n.IsNan,backendName:"cpu",kernelFunc:zr};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function linSpace(e){var t=e.backend,r=e.attrs;var n=r.start,i=r.stop,o=r.num;var s=linSpaceImpl(n,i,o);return t.makeTensorInfo([s.length],"float32",s)}var Er={kernelName:n.LinSpace,backendName:"cpu",kernelFunc:linSpace};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Fr=unaryKernelFunc(n.Log1p,function(e){return Math.log1p(e)});var Mr={kernelName:n.Log1p,backendName:"cpu",kernelFunc:Fr};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Rr=createSimpleBinaryKernelImpl(function(e,t){return e&&t});var Lr=binaryKernelFunc(n.LogicalAnd,Rr,null,"bool");var Or={kernelName:n.LogicalAnd,backendName:"cpu",kernelFunc:Lr};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Pr=unaryKernelFunc(n.LogicalNot,function(e){return e?0:1},"bool");var Br={kernelName:n.LogicalNot,backendName:"cpu",kernelFunc:Pr};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Wr=createSimpleBinaryKernelImpl(function(e,t){return e||t});var Ur=binaryKernelFunc(n.LogicalOr,Wr,null,"bool");var Gr={kernelName:n.LogicalOr,backendName:"cpu",kernelFunc:Ur};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function lRN(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.depthRadius,u=i.bias,l=i.alpha,c=i.beta;assertNotComplex(o,"LRN");var p=o.shape[3];var f=p-1;var d=r.data.get(o.dataId).values;var h=n.util.sizeFromShape(o.shape);var v=new Float32Array(h);function sumAcrossChannels(e){var t=e%p;var r=e-t+Math.max(0,t-s);var n=e-t+Math.min(t+s,f);var i=0;for(;r<=n;r++){var o=d[r];i+=o*o}return i}for(var g=0;g<h;g++){var m=sumAcrossChannels(g);var y=d[g]*Math.pow(u+l*m,-c);v[g]=y}return r.makeTensorInfo(o.shape,o.dtype,v)}var Vr={kernelName:n.LRN,backendName:"cpu",kernelFunc:lRN};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function lRNGrad(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.y,u=t.dy;var l=i.depthRadius,c=i.bias,p=i.alpha,f=i.beta;assertNotComplex(u,"LRNGrad");var d=n.util.sizeFromShape(u.shape);var h=u.shape[3];var v=r.data.get(u.dataId).values;var g=r.data.get(o.dataId).values;var m=r.data.get(s.dataId).values;var y=new Float32Array(d);var b=d;for(var k=0;k<b;k++){var w=k%h;var _=k-w+Math.max(0,w-l);var x=k-w+Math.min(h,w+l+1);var S=0;for(var I=_;I<x;I++){S+=Math.pow(g[I],2)}S=p*S+c;for(var I=_;I<x;I++){var N=-2*p*f*g[I]*m[k]/S;if(k===I){N+=Math.pow(S,-f)}N*=v[k];y[I]+=N}}return r.makeTensorInfo(u.shape,o.dtype,y)}var jr={kernelName:n.LRNGrad,backendName:"cpu",kernelFunc:lRNGrad};function max(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.reductionIndices,u=i.keepDims;var l=r;var c=o.shape;var p=c.length;var f=n.util.parseAxisParam(s,c);var d=f;var h=n.backend_util.getAxesPermutation(d,p);var v=l.data.get(o.dataId).values;if(h!=null){var g=new Array(p);for(var m=0;m<g.length;m++){g[m]=c[h[m]]}v=transposeImpl(v,c,o.dtype,h,g);d=n.backend_util.getInnerMostAxes(d.length,p);c=g}assertNotComplex(o,"max");n.backend_util.assertAxesAreInnerMostDims("max",d,p);var y=__read(n.backend_util.computeOutAndReduceShapes(c,d),2),b=y[0],k=y[1];var w=n.util.sizeFromShape(k);var _=maxImpl(v,w,b,o.dtype);var x=l.write(_,b,o.dtype);var S=b;if(u){var g=n.backend_util.expandShapeToKeepDim(b,f);S=g}return{dataId:x,shape:S,dtype:o.dtype}}var qr={kernelName:n.Max,backendName:"cpu",kernelFunc:max};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function maxPool(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;assertNotComplex(o,"maxPool");var s=i.filterSize,u=i.strides,l=i.pad,c=i.dimRoundingMode;var p=1;n.util.assert(n.backend_util.eitherStridesOrDilationsAreOne(u,p),function(){return"Error in maxPool: Either strides or dilations must be 1. "+"Got strides ".concat(u," and dilations '").concat(p,"'")});var f=n.backend_util.computePool2DInfo(o.shape,s,u,p,l,c);var d;if(f.filterWidth===1&&f.filterHeight===1&&n.util.arraysEqual(f.inShape,f.outShape)){d=identity({inputs:{x:o},backend:r})}else{var h=r.data.get(o.dataId).values;var v=n.util.computeStrides(o.shape);var g=pool(h,o.shape,o.dtype,v,f,"max");d=r.makeTensorInfo(f.outShape,o.dtype,g.values)}return d}var Kr={kernelName:n.MaxPool,backendName:"cpu",kernelFunc:maxPool};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function maxPool3D(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.filterSize,u=i.strides,l=i.pad,c=i.dimRoundingMode,p=i.dataFormat;assertNotComplex(o,"maxPool3d");var f=n.backend_util.computePool3DInfo(o.shape,s,u,1,l,c,p);var d=r.data.get(o.dataId).values;var h=pool3d(d,o.shape,o.dtype,n.util.computeStrides(o.shape),f,"max");return r.makeTensorInfo(h.shape,"float32",h.values)}var Hr={kernelName:n.MaxPool3D,backendName:"cpu",kernelFunc:maxPool3D};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function maxPool3DGrad(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.dy,s=t.input;var u=i.filterSize,l=i.strides,c=i.pad,p=i.dimRoundingMode;assertNotComplex([o,s],"maxPool3DGrad");var f=n.backend_util.computePool3DInfo(s.shape,u,l,1,c,p);var d=r.bufferSync(s);var h=maxPool3dPositions(d,f);var v=f.strideDepth;var g=f.strideHeight;var m=f.strideWidth;var y=f.dilationDepth;var b=f.dilationHeight;var k=f.dilationWidth;var w=f.effectiveFilterDepth;var _=f.effectiveFilterHeight;var x=f.effectiveFilterWidth;var S=w-1-f.padInfo.front;var I=x-1-f.padInfo.left;var N=_-1-f.padInfo.top;var T=n.buffer(s.shape,"float32");var A=r.bufferSync(o);for(var C=0;C<f.batchSize;++C){for(var z=0;z<f.inChannels;++z){for(var D=0;D<f.inDepth;++D){for(var E=0;E<f.inHeight;++E){for(var F=0;F<f.inWidth;++F){var M=D-S;var R=E-N;var L=F-I;var O=0;for(var P=0;P<w;P+=y){var B=(M+P)/v;if(B<0||B>=f.outDepth||Math.floor(B)!==B){continue}for(var W=0;W<_;W+=b){var U=(R+W)/g;if(U<0||U>=f.outHeight||Math.floor(U)!==U){continue}for(var G=0;G<x;G+=k){var V=(L+G)/m;if(V<0||V>=f.outWidth||Math.floor(V)!==V){continue}var j=w*_*x-1-h.get(C,B,U,V,z);var q=P*_*x+W*x+G;var K=j===q?1:0;if(K===0){continue}var H=A.get(C,B,U,V,z);O+=H*K}}}T.set(O,C,D,E,F,z)}}}}}return r.makeTensorInfo(T.shape,T.dtype,T.values)}var $r={kernelName:n.MaxPool3DGrad,backendName:"cpu",kernelFunc:maxPool3DGrad};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function maxPoolGrad(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.dy,s=t.input,u=t.output;var l=s;assertNotComplex([s,u],"maxPoolGrad");var c=i.filterSize,p=i.strides,f=i.pad,d=i.dimRoundingMode;var h=n.backend_util.computePool2DInfo(l.shape,c,p,1,f,d);var v=r.data.get(l.dataId).values;var g=n.buffer(h.outShape,l.dtype,maxPoolPositions(v,l.shape,l.dtype,h).values);var m=h.strideHeight;var y=h.strideWidth;var b=h.dilationHeight;var k=h.dilationWidth;var w=h.effectiveFilterHeight;var _=h.effectiveFilterWidth;var x=_-1-h.padInfo.left;var S=w-1-h.padInfo.top;var I=n.buffer(l.shape,"float32");var N=r.data.get(o.dataId).values;var T=n.buffer(o.shape,"float32",N);for(var A=0;A<h.batchSize;++A){for(var C=0;C<h.inChannels;++C){for(var z=0;z<h.inHeight;++z){for(var D=0;D<h.inWidth;++D){var E=z-S;var F=D-x;var M=0;for(var R=0;R<w;R+=b){var L=(E+R)/m;if(L<0||L>=h.outHeight||Math.floor(L)!==L){continue}for(var O=0;O<_;O+=k){var P=(F+O)/y;if(P<0||P>=h.outWidth||Math.floor(P)!==P){continue}var B=w*_-1-g.get(A,L,P,C);var W=R*_+O;var U=B===W?1:0;if(U===0){continue}var G=T.get(A,L,P,C);M+=G*U}}I.set(M,A,z,D,C)}}}}return r.makeTensorInfo(I.shape,I.dtype,I.values)}var Jr={kernelName:n.MaxPoolGrad,backendName:"cpu",kernelFunc:maxPoolGrad};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function maxPoolWithArgmaxImpl(e,t,r,i,o){var s=n.util.computeStrides(t);var u=pool(e,t,r,s,o,"max");var l=maxPoolPositions(e,t,r,o,true,i);return[u.values,l.values]}var Zr={kernelName:n.MaxPoolWithArgmax,backendName:"cpu",kernelFunc:function(e){var t=e.inputs,r=e.attrs,i=e.backend;var o=t.x;var s=r.filterSize,u=r.strides,l=r.pad,c=r.includeBatchInIndex;var p=i;assertNotComplex(o,"MaxPoolWithArgmax");var f=p.data.get(o.dataId).values;var d=n.backend_util.computePool2DInfo(o.shape,s,u,[1,1],l);var h=__read(maxPoolWithArgmaxImpl(f,o.shape,o.dtype,c,d),2),v=h[0],g=h[1];var m=p.write(v,d.outShape,o.dtype);var y=p.write(g,d.outShape,o.dtype);return[{dataId:m,shape:d.outShape,dtype:o.dtype},{dataId:y,shape:d.outShape,dtype:"int32"}]}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function mean(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis,u=i.keepDims;var l=n.util.parseAxisParam(s,o.shape);var c=n.backend_util.computeOutAndReduceShapes(o.shape,l);var p=c[1];var f=n.util.sizeFromShape(p);var d=[];var h=r.makeTensorInfo([],"float32",new Float32Array([f]));d.push(h);var v=cast({inputs:{x:o},backend:r,attrs:{dtype:"float32"}});d.push(v);var g=gr({inputs:{a:v,b:h},backend:r});d.push(g);var m=sum({inputs:{x:g},backend:r,attrs:{axis:s,keepDims:u}});d.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});return m}var Xr={kernelName:n.Mean,backendName:"cpu",kernelFunc:mean};function min(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.axis,u=i.keepDims;assertNotComplex(o,"min");var l=n.util.parseAxisParam(s,o.shape);var c=l;var p=n.backend_util.getAxesPermutation(c,o.shape.length);var f=o;if(p!=null){f=transpose({inputs:{x:o},backend:r,attrs:{perm:p}});c=n.backend_util.getInnerMostAxes(c.length,o.shape.length)}n.backend_util.assertAxesAreInnerMostDims("min",c,f.shape.length);var d=__read(n.backend_util.computeOutAndReduceShapes(f.shape,c),2),h=d[0],v=d[1];var g=n.util.sizeFromShape(v);var m=n.util.makeZerosTypedArray(n.util.sizeFromShape(h),f.dtype);var y=r.data.get(f.dataId).values;for(var b=0;b<m.length;++b){var k=b*g;var w=y[k];for(var _=0;_<g;++_){var x=y[k+_];if(Number.isNaN(x)||x<w){w=x}}m[b]=w}if(p!=null){r.disposeIntermediateTensorInfo(f)}var S=r.makeTensorInfo(h,f.dtype,m);if(u){var I=n.backend_util.expandShapeToKeepDim(h,l);var N=reshape({inputs:{x:S},backend:r,attrs:{shape:I}});r.disposeIntermediateTensorInfo(S);return N}return S}var Yr={kernelName:n.Min,backendName:"cpu",kernelFunc:min};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function mirrorPad(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.paddings,u=i.mode;assertNotComplex(o,"mirrorPad");var l=s.map(function(e,t){return e[0]+o.shape[t]+e[1]});var c=s.map(function(e){return e[0]});var p=s.map(function(e,t){return e[0]+o.shape[t]});var f=u==="reflect"?0:1;var d=r.data.get(o.dataId).values;var h=o.shape.length;var v=n.util.computeStrides(o.shape);var g=n.util.sizeFromShape(l);var m=l.length;var y=n.util.computeStrides(l);var b=n.util.getTypedArrayFromDType(o.dtype,g);for(var k=0;k<g;k++){var w=n.util.indexToLoc(k,m,y);for(var _=0;_<m;_++){if(w[_]<c[_]){w[_]=c[_]*2-w[_]-f}else if(w[_]>=p[_]){w[_]=(p[_]-1)*2-w[_]+f}}w=w.map(function(e,t){return e-c[t]});var x=n.util.locToIndex(w,h,v);b[k]=d[x]}var S=r.write(b,l,o.dtype);return{dataId:S,shape:l,dtype:o.dtype}}var Qr={kernelName:n.MirrorPad,backendName:"cpu",kernelFunc:mirrorPad};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var en=createSimpleBinaryKernelImpl(function(e,t){var r=e%t;if(e<0&&t<0||e>=0&&t>=0){return r}else{return(r+t)%t}});var tn=binaryKernelFunc(n.Mod,en);var rn={kernelName:n.Mod,backendName:"cpu",kernelFunc:tn};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function softmax(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.logits;var s=i.dim;var u=o.shape.length;var l=s;if(l===-1){l=u-1}if(l!==u-1){throw Error("Softmax along a non-last dimension is not yet supported. "+"Logits was rank ".concat(u," and dim was ").concat(l))}var c=n.util.parseAxisParam([l],o.shape);var p=max({inputs:{x:o},backend:r,attrs:{reductionIndices:c,keepDims:false}});var f=n.backend_util.expandShapeToKeepDim(p.shape,c);var d=reshape({inputs:{x:p},backend:r,attrs:{shape:f}});var h=Pe({inputs:{a:o,b:d},backend:r});var v=A({inputs:{x:h},backend:r});var g=sum({inputs:{x:v},backend:r,attrs:{axis:c,keepDims:false}});var m=reshape({inputs:{x:g},backend:r,attrs:{shape:f}});var y=gr({inputs:{a:v,b:m},backend:r});r.disposeIntermediateTensorInfo(p);r.disposeIntermediateTensorInfo(d);r.disposeIntermediateTensorInfo(h);r.disposeIntermediateTensorInfo(v);r.disposeIntermediateTensorInfo(g);r.disposeIntermediateTensorInfo(m);return y}var nn={kernelName:n.Softmax,backendName:"cpu",kernelFunc:softmax};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function multinomial(e){var t=e.inputs,r=e.backend,i=e.attrs;var s=t.logits;var u=i.numSamples,l=i.seed,c=i.normalized;assertNotComplex(s,"multinomial");var p=c?s:softmax({inputs:{logits:s},backend:r,attrs:{dim:-1}});var f=p.shape[0];var d=p.shape[1];var h=r.data.get(p.dataId).values;var v=[f,u];var g=n.util.makeZerosTypedArray(n.util.sizeFromShape(v),"int32");for(var m=0;m<f;++m){var y=m*d;var b=new Float32Array(d-1);b[0]=h[y];for(var k=1;k<b.length;++k){b[k]=b[k-1]+h[y+k]}var w=o.alea(l.toString());var _=m*u;for(var x=0;x<u;++x){var S=w();g[_+x]=b.length;for(var k=0;k<b.length;k++){if(S<b[k]){g[_+x]=k;break}}}}if(!c){r.disposeIntermediateTensorInfo(p)}return r.makeTensorInfo(v,"int32",g)}var an={kernelName:n.Multinomial,backendName:"cpu",kernelFunc:multinomial};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var on=n.kernel_impls.nonMaxSuppressionV3Impl;function nonMaxSuppressionV3(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.boxes,o=t.scores;var s=n.maxOutputSize,u=n.iouThreshold,l=n.scoreThreshold;assertNotComplex(i,"NonMaxSuppression");var c=r.data.get(i.dataId).values;var p=r.data.get(o.dataId).values;var f=on(c,p,s,u,l).selectedIndices;return r.makeTensorInfo([f.length],"int32",new Int32Array(f))}var sn={kernelName:n.NonMaxSuppressionV3,backendName:"cpu",kernelFunc:nonMaxSuppressionV3};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var un=n.kernel_impls.nonMaxSuppressionV4Impl;function nonMaxSuppressionV4(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.boxes,o=t.scores;var s=n.maxOutputSize,u=n.iouThreshold,l=n.scoreThreshold,c=n.padToMaxOutputSize;assertNotComplex(i,"NonMaxSuppressionPadded");var p=r.data.get(i.dataId).values;var f=r.data.get(o.dataId).values;var d=un(p,f,s,u,l,c),h=d.selectedIndices,v=d.validOutputs;return[r.makeTensorInfo([h.length],"int32",new Int32Array(h)),r.makeTensorInfo([],"int32",new Int32Array([v]))]}var ln={kernelName:n.NonMaxSuppressionV4,backendName:"cpu",kernelFunc:nonMaxSuppressionV4};
/**
 * @license
 * Copyright 2019 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var cn=n.kernel_impls.nonMaxSuppressionV5Impl;function nonMaxSuppressionV5(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.boxes,o=t.scores;var s=n.maxOutputSize,u=n.iouThreshold,l=n.scoreThreshold,c=n.softNmsSigma;assertNotComplex(i,"NonMaxSuppressionWithScore");var p=r.data.get(i.dataId).values;var f=r.data.get(o.dataId).values;var d=s;var h=u;var v=l;var g=c;var m=cn(p,f,d,h,v,g),y=m.selectedIndices,b=m.selectedScores;return[r.makeTensorInfo([y.length],"int32",new Int32Array(y)),r.makeTensorInfo([b.length],"float32",new Float32Array(b))]}var pn={kernelName:n.NonMaxSuppressionV5,backendName:"cpu",kernelFunc:nonMaxSuppressionV5};function oneHot(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.indices;var s=i.dtype,u=i.depth,l=i.onValue,c=i.offValue;assertNotComplex(o,"oneHot");var p=n.util.sizeFromShape(o.shape);var f=new Float32Array(p*u);f.fill(c);var d=r.data.get(o.dataId).values;for(var h=0;h<p;++h){if(d[h]>=0&&d[h]<u){f[h*u+d[h]]=l}}return r.makeTensorInfo(__spreadArray(__spreadArray([],__read(o.shape),false),[u],false),s,f)}var fn={kernelName:n.OneHot,backendName:"cpu",kernelFunc:oneHot};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function zerosLike(e){var t=e.inputs,r=e.backend;var n=t.x;if(n.dtype==="string"){throw new Error("zerosLike is not supported for string tensors")}else if(n.dtype==="complex64"){var i=real({inputs:{input:n},backend:r});var o=zerosLike({inputs:{x:i},backend:r});var s=imag({inputs:{input:n},backend:r});var u=zerosLike({inputs:{x:s},backend:r});var l=complex({inputs:{real:o,imag:u},backend:r});r.disposeIntermediateTensorInfo(i);r.disposeIntermediateTensorInfo(o);r.disposeIntermediateTensorInfo(s);r.disposeIntermediateTensorInfo(u);return l}else{return fill({backend:r,attrs:{shape:n.shape,value:0,dtype:n.dtype}})}}var dn={kernelName:n.ZerosLike,backendName:"cpu",kernelFunc:zerosLike};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function onesLike(e){var t=e.inputs,r=e.backend;var n=t.x;if(n.dtype==="string"){throw new Error("onesLike is not supported for string tensors")}else if(n.dtype==="complex64"){var i=real({inputs:{input:n},backend:r});var o=onesLike({inputs:{x:i},backend:r});var s=imag({inputs:{input:n},backend:r});var u=zerosLike({inputs:{x:s},backend:r});var l=complex({inputs:{real:o,imag:u},backend:r});r.disposeIntermediateTensorInfo(i);r.disposeIntermediateTensorInfo(o);r.disposeIntermediateTensorInfo(s);r.disposeIntermediateTensorInfo(u);return l}else{return fill({backend:r,attrs:{shape:n.shape,value:1,dtype:n.dtype}})}}var hn={kernelName:n.OnesLike,backendName:"cpu",kernelFunc:onesLike};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function pack(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=i.axis;if(t.length===1){return expandDims({inputs:{input:t[0]},backend:r,attrs:{dim:o}})}var s=t[0].shape;var u=t[0].dtype;t.forEach(function(e){n.util.assertShapesMatch(s,e.shape,"All tensors passed to stack must have matching shapes");n.util.assert(u===e.dtype,function(){return"All tensors passed to stack must have matching dtypes"})});var l=[];var c=t.map(function(e){var t=expandDims({inputs:{input:e},backend:r,attrs:{dim:o}});l.push(t);return t});var p=concat({inputs:c,backend:r,attrs:{axis:o}});l.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});return p}var vn={kernelName:n.Pack,backendName:"cpu",kernelFunc:pack};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function padV2(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.paddings,u=i.constantValue;assertNotComplex(o,"pad");var l=s.map(function(e,t){return e[0]+o.shape[t]+e[1]});var c=s.map(function(e){return e[0]});var p=r.data.get(o.dataId).values;var f=n.util.sizeFromShape(o.shape);var d=o.shape.length;var h=n.util.computeStrides(o.shape);var v=n.util.sizeFromShape(l);var g=l.length;var m=n.util.computeStrides(l);var y=n.util.getTypedArrayFromDType(o.dtype,v);if(u!==0){y.fill(u)}for(var b=0;b<f;b++){var k=n.util.indexToLoc(b,d,h);var w=k.map(function(e,t){return e+c[t]});var _=n.util.locToIndex(w,g,m);y[_]=p[b]}var x=r.write(y,l,o.dtype);return{dataId:x,shape:l,dtype:o.dtype}}var gn={kernelName:n.PadV2,backendName:"cpu",kernelFunc:padV2};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var mn=createSimpleBinaryKernelImpl(function(e,t){return Math.pow(e,t)});var yn=binaryKernelFunc(n.Pow,mn);var bn={kernelName:n.Pow,backendName:"cpu",kernelFunc:yn};function raggedGather(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.paramsNestedSplits,o=t.paramsDenseValues,s=t.indices;n.outputRaggedRank;var u=i.map(function(e){return r.data.get(e.dataId).values});var l=i.map(function(e){return e.shape});var c=r.data.get(o.dataId).values;var p=r.data.get(s.dataId).values;var f=__read(raggedGatherImpl(u,l,c,o.shape,o.dtype,p,s.shape),3),d=f[0],h=f[1],v=f[2];var g=d.map(function(e){return r.makeTensorInfo([e.length],"int32",e)});var m=r.makeTensorInfo(v,o.dtype,h);return g.concat([m])}var kn={kernelName:n.RaggedGather,backendName:"cpu",kernelFunc:raggedGather};function raggedRange(e){var t=e.inputs,r=e.backend;var n=t.starts,i=t.limits,o=t.deltas;var s=r.data.get(n.dataId).values;var u=r.data.get(i.dataId).values;var l=r.data.get(o.dataId).values;var c=__read(raggedRangeImpl(s,n.shape,n.dtype,u,i.shape,l,o.shape),2),p=c[0],f=c[1];var d=r.makeTensorInfo([p.length],"int32",p);var h=r.makeTensorInfo([f.length],n.dtype,f);return[d,h]}var wn={kernelName:n.RaggedRange,backendName:"cpu",kernelFunc:raggedRange};function raggedTensorToTensor(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.shape,o=t.values,s=t.defaultValue,u=t.rowPartitionTensors;var l=n.rowPartitionTypes;var c=r.data.get(i.dataId).values;var p=r.data.get(o.dataId).values;var f=r.data.get(s.dataId).values;var d=u.map(function(e){return r.data.get(e.dataId).values});var h=u.map(function(e){return e.shape});var v=__read(raggedTensorToTensorImpl(c,i.shape,p,o.shape,o.dtype,f,s.shape,d,h,l),2),g=v[0],m=v[1];return r.makeTensorInfo(g,o.dtype,m)}var _n={kernelName:n.RaggedTensorToTensor,backendName:"cpu",kernelFunc:raggedTensorToTensor};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function range(e){var t=e.backend,r=e.attrs;var n=r.start,i=r.stop,o=r.dtype,s=r.step;var u=rangeImpl(n,i,s,o);return t.makeTensorInfo([u.length],o,u)}var xn={kernelName:n.Range,backendName:"cpu",kernelFunc:range};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Sn=unaryKernelFunc(n.Reciprocal,function(e){return 1/e});var In={kernelName:n.Reciprocal,backendName:"cpu",kernelFunc:Sn};function resizeBilinear(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.images;var s=i.alignCorners,u=i.halfPixelCenters,l=i.size;assertNotComplex(o,"resizeBilinear");var c=n.util.computeStrides(o.shape);var p=__read(l,2),f=p[0],d=p[1];var h=__read(o.shape,4),v=h[0],g=h[1],m=h[2],y=h[3];var b=r.data.get(o.dataId).values;var k=new Float32Array(n.util.sizeFromShape([v,f,d,y]));var w=[s&&f>1?g-1:g,s&&d>1?m-1:m];var _=[s&&f>1?f-1:f,s&&d>1?d-1:d];var x=0;var S=w[0]/_[0];var I=w[1]/_[1];for(var N=0;N<v;N++){for(var T=0;T<f;T++){var A=void 0;if(u){A=S*(T+.5)-.5}else{A=S*T}var C=Math.max(0,Math.floor(A));var z=A-C;var D=Math.min(g-1,Math.ceil(A));var E=N*c[0]+C*c[1];var F=N*c[0]+D*c[1];for(var M=0;M<d;M++){var R=void 0;if(u){R=I*(M+.5)-.5}else{R=I*M}var L=Math.max(0,Math.floor(R));var O=R-L;var P=Math.min(m-1,Math.ceil(R));var B=E+L*c[2];var W=F+L*c[2];var U=E+P*c[2];var G=F+P*c[2];for(var V=0;V<y;V++){var j=b[B+V];var q=b[W+V];var K=b[U+V];var H=b[G+V];var $=j+(K-j)*O;var J=q+(H-q)*O;var Z=$+(J-$)*z;k[x++]=Z}}}}return r.makeTensorInfo([v,f,d,y],"float32",k)}var Nn={kernelName:n.ResizeBilinear,backendName:"cpu",kernelFunc:resizeBilinear};function resizeBilinearGrad(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.images,s=t.dy;var u=i.alignCorners;assertNotComplex([s,o],"resizeBilinearGrad");var l=n.util.computeStrides(o.shape);var c=__read(o.shape,4),p=c[0],f=c[1],d=c[2],h=c[3];var v=__read(s.shape,3),g=v[1],m=v[2];var y=new Float32Array(p*f*d*h);var b=[u&&g>1?f-1:f,u&&m>1?d-1:d];var k=[u&&g>1?g-1:g,u&&m>1?m-1:m];var w=b[0]/k[0];var _=b[1]/k[1];var x=r.data.get(s.dataId).values;var S=0;for(var I=0;I<p;I++){var N=I*l[0];for(var T=0;T<g;T++){var A=T*w;var C=Math.floor(A);var z=Math.min(Math.ceil(A),f-1);var D=N+C*l[1];var E=N+z*l[1];var F=A-C;var M=1-F;for(var R=0;R<m;R++){var L=R*_;var O=Math.floor(L);var P=Math.min(Math.ceil(L),d-1);var B=L-O;var W=1-B;var U=D+O*l[2];var G=D+P*l[2];var V=E+O*l[2];var j=E+P*l[2];var q=M*W;var K=M*B;var H=F*W;var $=F*B;for(var J=0;J<h;J++){var Z=x[S++];y[U+J]+=Z*q;y[G+J]+=Z*K;y[V+J]+=Z*H;y[j+J]+=Z*$}}}}return r.makeTensorInfo([p,d,f,h],"float32",y)}var Tn={kernelName:n.ResizeBilinearGrad,backendName:"cpu",kernelFunc:resizeBilinearGrad};function resizeNearestNeighbor(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.images;var s=i.alignCorners,u=i.halfPixelCenters,l=i.size;assertNotComplex(o,"resizeNearestNeighbor");var c=n.util.computeStrides(o.shape);var p=__read(l,2),f=p[0],d=p[1];var h=__read(o.shape,4),v=h[0],g=h[1],m=h[2],y=h[3];var b=r.data.get(o.dataId).values;var k=new Float32Array(v*f*d*y);var w=[s&&f>1?g-1:g,s&&d>1?m-1:m];var _=[s&&f>1?f-1:f,s&&d>1?d-1:d];var x=w[0]/_[0];var S=w[1]/_[1];var I=0;for(var N=0;N<v;N++){var T=N*c[0];for(var A=0;A<f;A++){var C=u?x*(A+.5):x*A;var z=Math.min(g-1,s?Math.round(C):Math.floor(C));if(u){z=Math.max(0,z)}var D=T+z*c[1];for(var E=0;E<d;E++){var F=u?S*(E+.5):S*E;var M=Math.min(m-1,s?Math.round(F):Math.floor(F));if(u){M=Math.max(0,M)}var R=D+M*c[2];for(var L=0;L<y;L++){var O=b[R+L];k[I++]=O}}}}return r.makeTensorInfo([v,f,d,y],o.dtype,k)}var An={kernelName:n.ResizeNearestNeighbor,backendName:"cpu",kernelFunc:resizeNearestNeighbor};function resizeNearestNeighborGrad(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.images,s=t.dy;var u=i.alignCorners;assertNotComplex([s,o],"resizeNearestNeighborGrad");var l=n.util.computeStrides(o.shape);var c=n.util.computeStrides(s.shape);var p=__read(o.shape,4),f=p[0],d=p[1],h=p[2],v=p[3];var g=__read(s.shape,3),m=g[1],y=g[2];var b=new Float32Array(f*d*h*v);var k=r.data.get(s.dataId).values;var w=[u&&m>1?d-1:d,u&&y>1?h-1:h];var _=[u&&m>1?m-1:m,u&&y>1?y-1:y];var x=w[0]/_[0];var S=w[1]/_[1];var I=1/x;var N=1/S;var T=Math.ceil(I)*2+2;var A=Math.ceil(N)*2+2;for(var C=0;C<f;C++){var z=C*l[0];for(var D=0;D<d;D++){var E=z+D*l[1];var F=Math.floor(D*I);var M=Math.floor(F-T/2);for(var R=0;R<h;R++){var L=E+R*l[2];var O=Math.floor(R*N);var P=Math.floor(O-A/2);for(var B=0;B<v;B++){var W=0;for(var U=0;U<T;U++){var G=U+M;if(G<0||G>=m){continue}var V=z+G*c[1];var j=G*x;var q=Math.min(d-1,u?Math.round(j):Math.floor(j));if(D!==q){continue}for(var K=0;K<A;K++){var H=K+P;if(H<0||H>=y){continue}var $=V+H*c[2];var J=H*S;var Z=Math.min(h-1,u?Math.round(J):Math.floor(J));if(R===Z){W+=k[$+B]}}}b[L+B]=W}}}}return r.makeTensorInfo(o.shape,o.dtype,b)}var Cn={kernelName:n.ResizeNearestNeighborGrad,backendName:"cpu",kernelFunc:resizeNearestNeighborGrad};function reverse(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.dims;assertNotComplex(o,"reverse");var u=o.shape.length;var l=n.util.parseAxisParam(s,o.shape);if(u===0){return identity({inputs:{x:o},backend:r})}var c=new n.TensorBuffer(o.shape,o.dtype);var p=r.bufferSync(o);var _loop_1=function(e){var t=c.indexToLoc(e);var r=t.slice();l.forEach(function(e){return r[e]=o.shape[e]-1-r[e]});c.set.apply(c,__spreadArray([p.get.apply(p,__spreadArray([],__read(r),false))],__read(t),false))};for(var f=0;f<c.size;f++){_loop_1(f)}return r.makeTensorInfo(c.shape,c.dtype,c.values)}var zn={kernelName:n.Reverse,backendName:"cpu",kernelFunc:reverse};var Dn={kernelName:n.RotateWithOffset,backendName:"cpu",kernelFunc:function(e){var t=e.inputs,r=e.attrs,i=e.backend;var o=t.image;var s=r.radians,u=r.fillValue,l=r.center;var c=i;var p=n.util.getTypedArrayFromDType(o.dtype,n.util.sizeFromShape(o.shape));var f=__read(o.shape,4),d=f[0],h=f[1],v=f[2],g=f[3];var m=__read(n.backend_util.getImageCenter(l,h,v),2),y=m[0],b=m[1];var k=255;var w=Math.sin(s);var _=Math.cos(s);var x=c.data.get(o.dataId).values;for(var S=0;S<d;S++){var I=S*v*h*g;for(var N=0;N<h;N++){var T=N*(v*g);for(var A=0;A<v;A++){var C=A*g;for(var z=0;z<g;z++){var D=[d,N,A,z];var E=D[2];var F=D[1];var M=(E-y)*_-(F-b)*w;var R=(E-y)*w+(F-b)*_;M=Math.round(M+y);R=Math.round(R+b);var L=u;if(typeof u!=="number"){if(z===3){L=k}else{L=u[z]}}if(M>=0&&M<v&&R>=0&&R<h){var O=R*(v*g);var P=M*g;var B=I+O+P+z;L=x[B]}var W=I+T+C+z;p[W]=L}}}}var U=c.write(p,o.shape,o.dtype);return{dataId:U,shape:o.shape,dtype:o.dtype}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var En=unaryKernelFunc(n.Round,function(e){var t=Math.floor(e);if(e-t<.5){return Math.floor(e)}else if(e-t>.5){return Math.ceil(e)}else{if(t%2===0){return t}else{return t+1}}});var Fn={kernelName:n.Round,backendName:"cpu",kernelFunc:En};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function scatterNd(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.indices,s=t.updates;var u=i.shape;var l=n.backend_util.calculateShapes(s,o,u),c=l.sliceRank,p=l.numUpdates,f=l.sliceSize,d=l.strides,h=l.outputSize;var v=true;var g=r.bufferSync(o);var m=r.bufferSync(s);var y=scatterImpl(g,m,u,h,f,p,c,d,0,v);return r.makeTensorInfo(u,y.dtype,y.values)}var Mn={kernelName:n.ScatterNd,backendName:"cpu",kernelFunc:scatterNd};
/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function lowerBound(e,t){var r=0;var n=e.length;var i=0;while(r<n){i=Math.floor((r+n)/2);if(e[i]<t){r=i+1}else{n=i}}return n}function upperBound(e,t){var r=0;var n=e.length;var i=0;while(r<n){i=Math.floor((r+n)/2);if(e[i]<=t){r=i+1}else{n=i}}return n}function searchSortedImpl(e,t,r,i,o,s){var u=n.util.getArrayFromDType("int32",r*o);for(var l=0;l<r;++l){var c=e.slice(l*i,(l+1)*i);var p=l*o;for(var f=0;f<o;++f){u[p+f]=s==="left"?lowerBound(c,t[f+p]):upperBound(c,t[f+p])}}return u}
/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function searchSorted(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.sortedSequence,o=t.values;var s=n.side;var u=r.data.get(i.dataId).values;var l=r.data.get(o.dataId).values;var c=searchSortedImpl(u,l,i.shape[0],i.shape[1],o.shape[1],s);return r.makeTensorInfo(o.shape,"int32",c)}var Rn={kernelName:n.SearchSorted,backendName:"cpu",kernelFunc:searchSorted};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function select(e){var t=e.inputs,r=e.backend;var i=t.condition,o=t.t,s=t.e;assertNotComplex([i,o,s],"select");var u=i.shape.length;var l=r.data.get(i.dataId).values;var c=r.data.get(o.dataId).values;var p=r.data.get(s.dataId).values;var f=n.upcastType(o.dtype,s.dtype);var d=n.util.makeZerosTypedArray(n.util.sizeFromShape(o.shape),f);var h=0;var v=u===0||u>1||o.shape.length===1?1:n.util.sizeFromShape(o.shape.slice(1));for(var g=0;g<l.length;g++){for(var m=0;m<v;m++){if(l[g]===1){d[h++]=c[g]}else{d[h++]=p[g]}}}return r.makeTensorInfo(o.shape,f,d)}var Ln={kernelName:n.Select,backendName:"cpu",kernelFunc:select};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var On=n.backend_util.SELU_SCALEALPHA;var Pn=n.backend_util.SELU_SCALE;var Bn=unaryKernelFunc(n.Selu,function(e){if(e>=0){return Pn*e}else{return On*(Math.exp(e)-1)}});var Wn={kernelName:n.Selu,backendName:"cpu",kernelFunc:Bn};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Un=unaryKernelFunc(n.Sign,function(e){if(e<0){return-1}else if(e>0){return 1}else{return 0}});var Gn={kernelName:n.Sign,backendName:"cpu",kernelFunc:Un};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Vn=unaryKernelFunc(n.Sin,function(e){return Math.sin(e)});var jn={kernelName:n.Sin,backendName:"cpu",kernelFunc:Vn};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var qn=unaryKernelFunc(n.Sinh,function(e){return Math.sinh(e)});var Kn={kernelName:n.Sinh,backendName:"cpu",kernelFunc:qn};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Hn=1.1920928955078125e-7;var $n=Math.log(Hn)+2;var Jn=unaryKernelFunc(n.Softplus,function(e){var t=e>-$n;var r=e<$n;var n=Math.exp(e);var i;if(r){i=n}else if(t){i=e}else{i=Math.log(1+n)}return i});var Zn={kernelName:n.Softplus,backendName:"cpu",kernelFunc:Jn};function spaceToBatchND(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.blockShape,u=i.paddings;assertNotComplex([o],"spaceToBatchND");var l=n.util.sizeFromShape(s);var c=[[0,0]];c.push.apply(c,__spreadArray([],__read(u),false));for(var p=1+s.length;p<o.shape.length;++p){c.push([0,0])}var f=gn.kernelFunc({inputs:{x:o},backend:r,attrs:{paddings:c,constantValue:0}});var d=n.backend_util.getReshaped(f.shape,s,l,false);var h=n.backend_util.getPermuted(d.length,s.length,false);var v=n.backend_util.getReshapedPermuted(f.shape,s,l,false);var g={x:f};var m={shape:d};var y=reshape({inputs:g,backend:r,attrs:m});var b={x:y};var k={perm:h};var w=transpose({inputs:b,backend:r,attrs:k});var _={x:w};var x={shape:v};var S=reshape({inputs:_,backend:r,attrs:x});r.disposeIntermediateTensorInfo(f);r.disposeIntermediateTensorInfo(y);r.disposeIntermediateTensorInfo(w);return S}var Xn={kernelName:n.SpaceToBatchND,backendName:"cpu",kernelFunc:spaceToBatchND};function sparseFillEmptyRows(e){var t=e.inputs,r=e.backend;var n=t.indices,i=t.values,o=t.denseShape,s=t.defaultValue;if(o.shape.length!==1){throw new Error("Dense shape must be a vector, saw:\n        ".concat(o.shape))}if(n.shape.length!==2){throw new Error("Indices must be a matrix, saw:\n        ".concat(n.shape))}if(i.shape.length!==1){throw new Error("Values must be a vector, saw:\n        ".concat(i.shape))}if(s.shape.length!==0){throw new Error("Default value must be a scalar, saw:\n        ".concat(s.shape))}var u=r.data.get(n.dataId).values;var l=r.data.get(i.dataId).values;var c=r.data.get(o.dataId).values;var p=r.data.get(s.dataId).values[0];var f=__read(sparseFillEmptyRowsImpl(u,n.shape,n.dtype,l,i.dtype,c,p),5),d=f[0],h=f[1],v=f[2],g=f[3],m=f[4];return[r.makeTensorInfo(h,n.dtype,d),r.makeTensorInfo([h[0]],i.dtype,v),r.makeTensorInfo([g.length],"bool",new Uint8Array(g.map(function(e){return Number(e)}))),r.makeTensorInfo([m.length],n.dtype,new Int32Array(m))]}var Yn={kernelName:n.SparseFillEmptyRows,backendName:"cpu",kernelFunc:sparseFillEmptyRows};function sparseReshape(e){var t=e.inputs,r=e.backend;var n=t.inputIndices,i=t.inputShape,o=t.newShape;if(n.shape.length!==2){throw new Error("Input indices should be a matrix but received shape\n        ".concat(n.shape))}if(i.shape.length!==1){throw new Error("Input shape should be a vector but received shape\n        ".concat(i.shape))}if(o.shape.length!==1){throw new Error("Target shape should be a vector but received shape ".concat(o.shape))}var s=Array.from(r.data.get(i.dataId).values);var u=r.data.get(n.dataId).values;var l=Array.from(r.data.get(o.dataId).values);var c=__read(sparseReshapeImpl(u,n.shape,n.dtype,s,l),3),p=c[0],f=c[1],d=c[2];return[r.makeTensorInfo(f,n.dtype,p),r.makeTensorInfo([d.length],o.dtype,new Int32Array(d))]}var Qn={kernelName:n.SparseReshape,backendName:"cpu",kernelFunc:sparseReshape};function sparseSegmentMean(e){var t=e.inputs,r=e.backend;var n=t.data,i=t.indices,o=t.segmentIds;if(n.shape.length<1){throw new Error("Data should be at least 1 dimensional but received scalar")}if(i.shape.length!==1){throw new Error("Indices should be a vector but received shape\n          ".concat(i.shape))}if(o.shape.length!==1){throw new Error("Segment ids should be a vector but received shape\n          ".concat(o.shape))}if(i.shape[0]!==o.shape[0]){throw new Error("segmentIds and indices should have same size.")}var s=r.data.get(n.dataId).values;var u=r.data.get(i.dataId).values;var l=r.data.get(o.dataId).values;var c=__read(sparseSegmentReductionImpl(s,n.shape,n.dtype,u,l,true),2),p=c[0],f=c[1];return r.makeTensorInfo(f,n.dtype,p)}var ea={kernelName:n.SparseSegmentMean,backendName:"cpu",kernelFunc:sparseSegmentMean};function sparseSegmentSum(e){var t=e.inputs,r=e.backend;var n=t.data,i=t.indices,o=t.segmentIds;if(n.shape.length<1){throw new Error("Data should be at least 1 dimensional but received scalar")}if(i.shape.length!==1){throw new Error("Indices should be a vector but received shape\n         ".concat(i.shape))}if(o.shape.length!==1){throw new Error("Segment ids should be a vector but received shape\n         ".concat(o.shape))}if(i.shape[0]!==o.shape[0]){throw new Error("segmentIds and indices should have same size.")}var s=r.data.get(n.dataId).values;var u=r.data.get(i.dataId).values;var l=r.data.get(o.dataId).values;var c=__read(sparseSegmentReductionImpl(s,n.shape,n.dtype,u,l),2),p=c[0],f=c[1];return r.makeTensorInfo(f,n.dtype,p)}var ta={kernelName:n.SparseSegmentSum,backendName:"cpu",kernelFunc:sparseSegmentSum};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sparseToDense(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.sparseIndices,s=t.sparseValues,u=t.defaultValue;var l=i.outputShape;var c=n.backend_util.calculateShapes(s,o,l),p=c.sliceRank,f=c.numUpdates,d=c.sliceSize,h=c.strides,v=c.outputSize;var g=false;var m=r.bufferSync(o);var y;switch(s.dtype){case"bool":{var b=r.bufferSync(s);var k=Boolean(r.data.get(u.dataId).values[0]);y=scatterImpl(m,b,l,v,d,f,p,h,k,g);break}case"float32":{var b=r.bufferSync(s);var k=r.data.get(u.dataId).values[0];y=scatterImpl(m,b,l,v,d,f,p,h,k,g);break}case"int32":{var b=r.bufferSync(s);var k=r.data.get(u.dataId).values[0];y=scatterImpl(m,b,l,v,d,f,p,h,k,g);break}case"string":{var b=r.bufferSync(s);var k=n.util.decodeString(r.data.get(u.dataId).values[0]);y=scatterImpl(m,b,l,v,d,f,p,h,k,g);break}default:throw new Error("Unsupported type ".concat(s.dtype))}return r.makeTensorInfo(l,y.dtype,y.values)}var ra={kernelName:n.SparseToDense,backendName:"cpu",kernelFunc:sparseToDense};function splitV(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.numOrSizeSplits,u=i.axis;var l=n.util.parseAxisParam(u,o.shape)[0];var c=n.backend_util.prepareSplitSize(o,s,l);var p=new Array(o.shape.length).fill(0);var f=o.shape.slice();return c.map(function(e){var t=__spreadArray([],__read(f),false);t[l]=e;var n=slice({inputs:{x:o},backend:r,attrs:{begin:p,size:t}});p[l]+=e;return n})}var na={kernelName:n.SplitV,backendName:"cpu",kernelFunc:splitV};
/**
 * @license
 * Copyright 2019 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var aa={kernelName:n.Square,backendName:"cpu",kernelFunc:function(e){var t=e.inputs,r=e.backend;var n=t.x;var i=r;assertNotComplex(n,"square");var o=i.data.get(n.dataId).values;var s=new Float32Array(o.length);for(var u=0;u<o.length;++u){var l=o[u];s[u]=l*l}var c=i.write(s,n.shape,n.dtype);return{dataId:c,shape:n.shape,dtype:n.dtype}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ia=unaryKernelFunc(n.Step,function(e,t){var r=t;if(isNaN(e)){return NaN}else{return e>0?1:r.alpha}});var oa={kernelName:n.Step,backendName:"cpu",kernelFunc:ia};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function stridedSlice(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x;var s=i.begin,u=i.end,l=i.strides,c=i.beginMask,p=i.endMask,f=i.ellipsisMask,d=i.newAxisMask,h=i.shrinkAxisMask;assertNotComplex(o,"stridedSlice");var v=n.slice_util.sliceInfo(o.shape,s,u,l,c,p,f,d,h),g=v.finalShapeSparse,m=v.finalShape,y=v.isIdentity,b=v.sliceDim0,k=v.isSimpleSlice,w=v.begin,_=v.end,x=v.strides;var S;if(y){S=reshape({inputs:{x:o},backend:r,attrs:{shape:m}})}else if(b||k){n.util.assert(o.shape.length>=1,function(){return"Input must have rank at least 1, got: ".concat(o.shape.length)});var I=n.slice_util.computeOutShape(w,_,x);var N=slice({inputs:{x:o},backend:r,attrs:{begin:w,size:I}});S=reshape({inputs:{x:N},backend:r,attrs:{shape:m}});r.disposeIntermediateTensorInfo(N)}else{var T=r.bufferSync(o);var A=stridedSliceImpl(g,T,x,w);S=r.makeTensorInfo(m,A.dtype,A.values)}return S}var sa={kernelName:n.StridedSlice,backendName:"cpu",kernelFunc:stridedSlice};function stringNGrams(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=n.separator,o=n.nGramWidths,s=n.leftPad,u=n.rightPad,l=n.padWidth,c=n.preserveShortSequences;var p=t.data,f=t.dataSplits;var d=r.data.get(p.dataId).values;var h=r.data.get(f.dataId).values;var v=__read(stringNGramsImpl(d,h,i,o,s,u,l,c),2),g=v[0],m=v[1];return[r.makeTensorInfo([g.length],"string",g),r.makeTensorInfo(f.shape,"int32",m)]}var ua={kernelName:n.StringNGrams,backendName:"cpu",kernelFunc:stringNGrams};function stringSplit(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=n.skipEmpty;var o=t.input,s=t.delimiter;if(o.dtype!=="string"){throw new Error("Input must be of datatype string")}if(o.shape.length!==1){throw new Error("Input must be a vector, got shape: ".concat(o.shape))}if(s.shape.length!==0){throw new Error("Delimiter must be a scalar, got shape: ".concat(s.shape))}var u=r.data.get(o.dataId).values;var l=r.data.get(s.dataId).values[0];var c=__read(stringSplitImpl(u,l,i),3),p=c[0],f=c[1],d=c[2];var h=f.length;return[r.makeTensorInfo([h,2],"int32",p),r.makeTensorInfo([h],"string",f),r.makeTensorInfo([2],"int32",new Int32Array(d))]}var la={kernelName:n.StringSplit,backendName:"cpu",kernelFunc:stringSplit};
/**
 * @license
 * Copyright 2021 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function stringToHashBucketFast(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=n.numBuckets;var o=t.input;if(o.dtype!=="string"){throw new Error("Input must be of datatype string")}if(i<=0){throw new Error("Number of buckets must be at least 1")}var s=r.data.get(o.dataId).values;var u=stringToHashBucketFastImpl(s,i);return r.makeTensorInfo(o.shape,"int32",u)}var ca={kernelName:n.StringToHashBucketFast,backendName:"cpu",kernelFunc:stringToHashBucketFast};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var pa=unaryKernelFunc(n.Tan,function(e){return Math.tan(e)});var fa={kernelName:n.Tan,backendName:"cpu",kernelFunc:pa};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var da=unaryKernelFunc(n.Tanh,function(e){return Math.tanh(e)});var ha={kernelName:n.Tanh,backendName:"cpu",kernelFunc:da};
/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function tensorScatterUpdate(e){var t=e.inputs,r=e.backend;var i=t.tensor,o=t.indices,s=t.updates;var u=n.backend_util.calculateShapes(s,o,i.shape),l=u.sliceRank,c=u.numUpdates,p=u.sliceSize,f=u.strides,d=u.outputSize;var h=false;var v=r.bufferSync(o);var g=r.bufferSync(s);var m=r.bufferSync(i);var y=scatterImpl(v,g,i.shape,d,p,c,l,f,m,h);return r.makeTensorInfo(i.shape,y.dtype,y.values)}var va={kernelName:n.TensorScatterUpdate,backendName:"cpu",kernelFunc:tensorScatterUpdate};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function tile(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.x;var o=n.reps;assertNotComplex(i,"tile");var s=tileImpl(r.bufferSync(i),o);return r.makeTensorInfo(s.shape,s.dtype,s.values)}var ga={kernelName:n.Tile,backendName:"cpu",kernelFunc:tile};function topK(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.x;var o=n.k,s=n.sorted;assertNotComplex(i,"topk");var u=r.data.get(i.dataId).values;var l=__read(topKImpl(u,i.shape,i.dtype,o,s),2),c=l[0],p=l[1];return[r.makeTensorInfo(c.shape,c.dtype,c.values),r.makeTensorInfo(p.shape,p.dtype,p.values)]}var ma={kernelName:n.TopK,backendName:"cpu",kernelFunc:topK};function transform(e){var t=e.inputs,r=e.attrs,i=e.backend;var o=t.image,s=t.transforms;var u=r.interpolation,l=r.fillMode,c=r.fillValue,p=r.outputShape;var f=__read(o.shape,4),d=f[0],h=f[1],v=f[2],g=f[3];var m=__read(p!=null?p:[h,v],2),y=m[0],b=m[1];var k=[d,y,b,g];var w=n.util.computeStrides(o.shape);var _=w[0];var x=w[1];var S=w[2];var I=n.util.computeStrides(k);var N=I[0];var T=I[1];var A=I[2];var C=n.util.getTypedArrayFromDType(o.dtype,n.util.sizeFromShape(k));C.fill(c);var z=i.data.get(o.dataId).values;var D=i.data.get(s.dataId).values;for(var E=0;E<d;++E){var F=s.shape[0]===1?D:D.subarray(E*8,E*8+8);for(var M=0;M<y;++M){for(var R=0;R<b;++R){for(var L=0;L<g;++L){var O=void 0;var P=F[6]*R+F[7]*M+1;if(P===0){continue}var B=(F[0]*R+F[1]*M+F[2])/P;var W=(F[3]*R+F[4]*M+F[5])/P;var U=mapCoord(B,v,l);var G=mapCoord(W,h,l);switch(u){case"nearest":O=nearestInterpolation(z,h,v,_,x,S,E,G,U,L,c);break;case"bilinear":O=bilinearInterpolation(z,h,v,_,x,S,E,G,U,L,c);break;default:throw new Error("Error in Transform: Expect 'nearest' or "+"'bilinear', but got ".concat(u))}var V=E*N+M*T+R*A+L;C[V]=O}}}return i.makeTensorInfo(k,o.dtype,C)}var j=i.write(C,k,o.dtype);return{dataId:j,shape:o.shape,dtype:o.dtype}}var ya={kernelName:n.Transform,backendName:"cpu",kernelFunc:transform};function mapCoord(e,t,r){switch(r){case"reflect":return mapCoordReflect(e,t);case"wrap":return mapCoordWrap(e,t);case"nearest":return mapCoordNearest(e,t);case"constant":default:return mapCoordConstant(e)}}function mapCoordReflect(e,t){var r=e;if(r<0){if(t<=1){r=0}else{var i=2*t;if(r<i){r=i*Math.trunc(-r/i)+r}r=r<-t?r+i:-r-1}}else if(r>t-1){if(t<=1){r=0}else{var i=2*t;r-=i*Math.trunc(r/i);if(r>=t){r=i-r-1}}}return n.util.clamp(0,r,t-1)}function mapCoordWrap(e,t){var r=e;if(r<0){if(t<=1){r=0}else{var i=t-1;r+=t*(Math.trunc(-r/i)+1)}}else if(r>t-1){if(t<=1){r=0}else{var i=t-1;r-=t*Math.trunc(r/i)}}return n.util.clamp(0,r,t-1)}function mapCoordConstant(e,t){return e}function mapCoordNearest(e,t){return n.util.clamp(0,e,t-1)}function readWithFillValue(e,t,r,n,i,o,s,u,l,c,p){var f=s*n+u*i+l*o+c;if(0<=u&&u<t&&0<=l&&l<r){return e[f]}else{return p}}function nearestInterpolation(e,t,r,n,i,o,s,u,l,c,p){var f=Math.round(u);var d=Math.round(l);return readWithFillValue(e,t,r,n,i,o,s,f,d,c,p)}function bilinearInterpolation(e,t,r,n,i,o,s,u,l,c,p){var f=Math.floor(u);var d=Math.floor(l);var h=f+1;var v=d+1;var g=(v-l)*readWithFillValue(e,t,r,n,i,o,s,f,d,c,p)+(l-d)*readWithFillValue(e,t,r,n,i,o,s,f,v,c,p);var m=(v-l)*readWithFillValue(e,t,r,n,i,o,s,h,d,c,p)+(l-d)*readWithFillValue(e,t,r,n,i,o,s,h,v,c,p);return(h-u)*g+(u-f)*m}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the License);
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an AS IS BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function unique(e){var t=e.inputs,r=e.attrs,n=e.backend;var i=r.axis;var o=t.x;assertNotComplex(o,"unique");var s=n.data.get(o.dataId).values;var u=uniqueImpl(s,i,o.shape,o.dtype),l=u.outputValues,c=u.outputShape,p=u.indices;return[n.makeTensorInfo(c,o.dtype,l),n.makeTensorInfo([p.length],"int32",p)]}var ba={kernelName:n.Unique,backendName:"cpu",kernelFunc:unique};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function unpack(e){var t=e.inputs,r=e.backend,n=e.attrs;var i=t.value;var o=n.axis;if(o<0){o+=i.shape.length}var s=i.shape.length;var u=i.shape[o];var l=new Array(s-1);var c=0;for(var p=0;p<s;p++){if(p!==o){l[c++]=i.shape[p]}}var f=new Array(s).fill(0);var d=i.shape.slice();d[o]=1;var h=new Array(u);for(var p=0;p<h.length;p++){f[o]=p;var v=slice({inputs:{x:i},backend:r,attrs:{begin:f,size:d}});h[p]=reshape({inputs:{x:v},backend:r,attrs:{shape:l}});r.disposeIntermediateTensorInfo(v)}return h}var ka={kernelName:n.Unpack,backendName:"cpu",kernelFunc:unpack};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function unsortedSegmentSum(e){var t=e.inputs,r=e.backend,i=e.attrs;var o=t.x,s=t.segmentIds;var u=i.numSegments;assertNotComplex(o,"unsortedSegmentSum");var l=o.shape.length;var c=s.shape.length;var p=[];var f=[];var d=l-c;var h=s;for(var v=0;v<d;++v){var g=expandDims({inputs:{input:h},backend:r,attrs:{dim:v+1}});h=g;f.push(g)}for(var v=0;v<u;++v){var m=n.util.createScalarValue(v,"int32");var y=r.makeTensorInfo([],"int32",m);var b=I({inputs:{a:y,b:h},backend:r});var k=cast({inputs:{x:b},backend:r,attrs:{dtype:"float32"}});var w=ue({inputs:{a:k,b:o},backend:r});var _=sum({inputs:{x:w},backend:r,attrs:{axis:0,keepDims:false}});p.push(_);f.push(y);f.push(b);f.push(k);f.push(w);f.push(_)}var x=pack({inputs:p,backend:r,attrs:{axis:0}});f.forEach(function(e){return r.disposeIntermediateTensorInfo(e)});return x}var wa={kernelName:n.UnsortedSegmentSum,backendName:"cpu",kernelFunc:unsortedSegmentSum};var _a,xa;var Sa=[Qe,l,tt,nt,m,at,it,ot,st,ut,ct,ft,ht,mt,bt,kt,wt,_t,xt,Ye,St,It,Nt,k,Tt,d,x,Ct,c,zt,Et,Ft,Mt,Rt,Lt,Ot,Pt,Wt,Gt,Vt,jt,qt,Kt,Ht,$t,Jt,Zt,Xt,Yt,Qt,er,tr,nr,Ve,ar,N,dr,C,hr,E,yr,br,kr,R,P,wr,_r,xr,Sr,U,j,p,Ir,Dt,Tr,Cr,Dr,je,H,Z,Er,Q,Mr,Or,Br,Gr,Vr,jr,qr,re,Kr,Hr,$r,Jr,Zr,Xr,Yr,ie,Qr,rn,an,le,ce,sn,ln,pn,de,fn,hn,vn,gn,bn,Ke,ve,kn,wn,_n,xn,f,mr,In,$e,Ze,Xe,Nn,Tn,An,Cn,zn,Dn,Fn,we,Mn,Rn,Ln,Wn,Se,Gn,jn,Kn,Ie,nn,Zn,Xn,Yn,Qn,ea,ta,ra,na,Ae,aa,De,Me,oa,sa,ua,la,ca,Be,rr,fa,ha,va,ga,ma,ya,he,ba,ka,wa,dn];try{for(var Ia=__values(Sa),Na=Ia.next();!Na.done;Na=Ia.next()){var Ta=Na.value;n.registerKernel(Ta)}}catch(e){_a={error:e}}finally{try{if(Na&&!Na.done&&(xa=Ia.return))xa.call(Ia)}finally{if(_a)throw _a.error}}t.MathBackendCPU=u;t.shared=We;t.version_cpu=Ue},9762:(e,t,r)=>{
/**
 * @license
 * Copyright 2024 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */
var n=r(3484);function _interopNamespaceDefault(e){var t=Object.create(null);if(e){Object.keys(e).forEach(function(r){if(r!=="default"){var n=Object.getOwnPropertyDescriptor(e,r);Object.defineProperty(t,r,n.get?n:{enumerable:true,get:function(){return e[r]}})}})}t.default=e;return t}function _mergeNamespaces(e,t){t.forEach(function(t){t&&typeof t!=="string"&&!Array.isArray(t)&&Object.keys(t).forEach(function(r){if(r!=="default"&&!(r in e)){var n=Object.getOwnPropertyDescriptor(t,r);Object.defineProperty(e,r,n.get?n:{enumerable:true,get:function(){return t[r]}})}})});return e}var i=_interopNamespaceDefault(n);var extendStatics=function(e,t){extendStatics=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,t){e.__proto__=t}||function(e,t){for(var r in t)if(Object.prototype.hasOwnProperty.call(t,r))e[r]=t[r]};return extendStatics(e,t)};function __extends(e,t){if(typeof t!=="function"&&t!==null)throw new TypeError("Class extends value "+String(t)+" is not a constructor or null");extendStatics(e,t);function __(){this.constructor=e}e.prototype=t===null?Object.create(t):(__.prototype=t.prototype,new __)}function __awaiter(e,t,r,n){function adopt(e){return e instanceof r?e:new r(function(t){t(e)})}return new(r||(r=Promise))(function(r,i){function fulfilled(e){try{step(n.next(e))}catch(e){i(e)}}function rejected(e){try{step(n["throw"](e))}catch(e){i(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((n=n.apply(e,t||[])).next())})}function __generator(e,t){var r={label:0,sent:function(){if(o[0]&1)throw o[1];return o[1]},trys:[],ops:[]},n,i,o,s;return s={next:verb(0),throw:verb(1),return:verb(2)},typeof Symbol==="function"&&(s[Symbol.iterator]=function(){return this}),s;function verb(e){return function(t){return step([e,t])}}function step(s){if(n)throw new TypeError("Generator is already executing.");while(r)try{if(n=1,i&&(o=s[0]&2?i["return"]:s[0]?i["throw"]||((o=i["return"])&&o.call(i),0):i.next)&&!(o=o.call(i,s[1])).done)return o;if(i=0,o)s=[s[0]&2,o.value];switch(s[0]){case 0:case 1:o=s;break;case 4:r.label++;return{value:s[1],done:false};case 5:r.label++;i=s[1];s=[0];continue;case 7:s=r.ops.pop();r.trys.pop();continue;default:if(!(o=r.trys,o=o.length>0&&o[o.length-1])&&(s[0]===6||s[0]===2)){r=0;continue}if(s[0]===3&&(!o||s[1]>o[0]&&s[1]<o[3])){r.label=s[1];break}if(s[0]===6&&r.label<o[1]){r.label=o[1];o=s;break}if(o&&r.label<o[2]){r.label=o[2];r.ops.push(s);break}if(o[2])r.ops.pop();r.trys.pop();continue}s=t.call(e,r)}catch(e){s=[6,e];i=0}finally{n=o=0}if(s[0]&5)throw s[1];return{value:s[0]?s[1]:void 0,done:true}}}function __values(e){var t=typeof Symbol==="function"&&Symbol.iterator,r=t&&e[t],n=0;if(r)return r.call(e);if(e&&typeof e.length==="number")return{next:function(){if(e&&n>=e.length)e=void 0;return{value:e&&e[n++],done:!e}}};throw new TypeError(t?"Object is not iterable.":"Symbol.iterator is not defined.")}function __read(e,t){var r=typeof Symbol==="function"&&e[Symbol.iterator];if(!r)return e;var n=r.call(e),i,o=[],s;try{while((t===void 0||t-- >0)&&!(i=n.next()).done)o.push(i.value)}catch(e){s={error:e}}finally{try{if(i&&!i.done&&(r=n["return"]))r.call(n)}finally{if(s)throw s.error}}return o}function __spreadArray(e,t,r){if(r||arguments.length===2)for(var n=0,i=t.length,o;n<i;n++){if(o||!(n in t)){if(!o)o=Array.prototype.slice.call(t,0,n);o[n]=t[n]}}return e.concat(o||Array.prototype.slice.call(t))}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var o=function(e){__extends(AttributeError,e);function AttributeError(t){var r=e.call(this,t)||this;Object.setPrototypeOf(r,AttributeError.prototype);return r}return AttributeError}(Error);var s=function(e){__extends(RuntimeError,e);function RuntimeError(t){var r=e.call(this,t)||this;Object.setPrototypeOf(r,RuntimeError.prototype);return r}return RuntimeError}(Error);var u=function(e){__extends(ValueError,e);function ValueError(t){var r=e.call(this,t)||this;Object.setPrototypeOf(r,ValueError.prototype);return r}return ValueError}(Error);var l=function(e){__extends(NotImplementedError,e);function NotImplementedError(t){var r=e.call(this,t)||this;Object.setPrototypeOf(r,NotImplementedError.prototype);return r}return NotImplementedError}(Error);var c=function(e){__extends(AssertionError,e);function AssertionError(t){var r=e.call(this,t)||this;Object.setPrototypeOf(r,AssertionError.prototype);return r}return AssertionError}(Error);(function(e){__extends(IndexError,e);function IndexError(t){var r=e.call(this,t)||this;Object.setPrototypeOf(r,IndexError.prototype);return r}return IndexError})(Error);
/**
 * @license
 * Copyright 2022 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var p=function(){function LruCache(e){this.maxEntries=e||100;this.cache=new Map}LruCache.prototype.get=function(e){var t;if(this.cache.has(e)){t=this.cache.get(e);this.cache.delete(e);this.cache.set(e,t)}return t};LruCache.prototype.put=function(e,t){if(this.cache.has(e)){this.cache.delete(e)}else if(this.cache.size>=this.maxEntries){var r=this.cache.keys().next().value;this.cache.delete(r)}this.cache.set(e,t)};LruCache.prototype.getMaxEntries=function(){return this.maxEntries};LruCache.prototype.setMaxEntries=function(e){if(e<0){throw new Error("The maxEntries of LRU caches must be at least 0, but got ".concat(e,"."))}if(this.maxEntries>e){for(var t=0;t<this.maxEntries-e;t++){var r=this.cache.keys().next().value;this.cache.delete(r)}}this.maxEntries=e};return LruCache}();function pyListRepeat(e,t){if(Array.isArray(e)){var r=[];for(var n=0;n<t;n++){r=r.concat(e)}return r}else{var r=new Array(t);r.fill(e);return r}}function assert$1(e,t){if(!e){throw new c(t)}}function count(e,t){var r,n;var i=0;try{for(var o=__values(e),s=o.next();!s.done;s=o.next()){var u=s.value;if(u===t){i++}}}catch(e){r={error:e}}finally{try{if(s&&!s.done&&(n=o.return))n.call(o)}finally{if(r)throw r.error}}return i}function singletonOrArray(e){if(e.length===1){return e[0]}return e}function toList(e){if(Array.isArray(e)){return e}return[e]}function toSnakeCase(e){var t=e.replace(/(.)([A-Z][a-z0-9]+)/g,"$1_$2");var r=t.replace(/([a-z])([A-Z])/g,"$1_$2").toLowerCase();if(r[0]!=="_"){return r}return"private"+r}function toCamelCase(e){if(e.length<=1){return e}if(e.indexOf("_")===-1){return e}return e.replace(/[_]+(\w|$)/g,function(e,t){return t.toUpperCase()})}var f={};function serializeKerasObject(e){if(e===null||e===undefined){return null}var t={};t["className"]=e.getClassName();t["config"]=e.getConfig();return t}function convertNDArrayScalarsInConfig(e){var t,r;if(e==null||typeof e!=="object"){return}else if(Array.isArray(e)){e.forEach(function(e){return convertNDArrayScalarsInConfig(e)})}else{var n=Object.keys(e);try{for(var i=__values(n),o=i.next();!o.done;o=i.next()){var s=o.value;var u=e[s];if(u!=null&&typeof u==="object"){if(!Array.isArray(u)&&u["type"]==="ndarray"&&typeof u["value"]==="number"){e[s]=u["value"]}else{convertNDArrayScalarsInConfig(u)}}}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}}}function deserializeKerasObject(e,t,r,n,i){var o,s,l,c,p,d,h,v,g,m,y;if(t===void 0){t={}}if(r===void 0){r={}}if(n===void 0){n="object"}if(i===void 0){i=false}if(typeof e==="string"){var b=e;var k=void 0;if(b in r){k=r[b]}else if(b in f){k=f[b]}else{k=t[b];if(k==null){throw new u("Unknown ".concat(n,": ").concat(e,". ")+"This may be due to one of the following reasons:\n"+"1. The ".concat(n," is defined in Python, in which ")+"case it needs to be ported to TensorFlow.js or your JavaScript "+"code.\n"+"2. The custom ".concat(n," is defined in JavaScript, ")+"but is not registered properly with "+"tf.serialization.registerClass().")}}return k}else{var w=e;if(w["className"]==null||w["config"]==null){throw new u("".concat(n,": Improper config format: ")+"".concat(JSON.stringify(w),".\n")+"'className' and 'config' must set.")}var _=w["className"];var x=void 0,S=void 0;if(_ in r){o=__read(r[_],2),x=o[0],S=o[1]}else if(_ in f){s=__read(f["className"],2),x=s[0],S=s[1]}else if(_ in t){l=__read(t[_],2),x=l[0],S=l[1]}if(x==null){throw new u("Unknown ".concat(n,": ").concat(_,". ")+"This may be due to one of the following reasons:\n"+"1. The ".concat(n," is defined in Python, in which ")+"case it needs to be ported to TensorFlow.js or your JavaScript "+"code.\n"+"2. The custom ".concat(n," is defined in JavaScript, ")+"but is not registered properly with "+"tf.serialization.registerClass().")}if(S!=null){var I={};try{for(var N=__values(Object.keys(f)),T=N.next();!T.done;T=N.next()){var A=T.value;I[A]=f[A]}}catch(e){c={error:e}}finally{try{if(T&&!T.done&&(p=N.return))p.call(N)}finally{if(c)throw c.error}}try{for(var C=__values(Object.keys(r)),z=C.next();!z.done;z=C.next()){var A=z.value;I[A]=r[A]}}catch(e){d={error:e}}finally{try{if(z&&!z.done&&(h=C.return))h.call(C)}finally{if(d)throw d.error}}var D=w["config"];D["customObjects"]=I;var E=Object.assign({},f);try{for(var F=__values(Object.keys(r)),M=F.next();!M.done;M=F.next()){var A=M.value;f[A]=r[A]}}catch(e){v={error:e}}finally{try{if(M&&!M.done&&(g=F.return))g.call(F)}finally{if(v)throw v.error}}convertNDArrayScalarsInConfig(w["config"]);var R=S(x,w["config"],r,i);f=Object.assign({},E);return R}else{var E=Object.assign({},f);try{for(var L=__values(Object.keys(r)),O=L.next();!O.done;O=L.next()){var A=O.value;f[A]=r[A]}}catch(e){m={error:e}}finally{try{if(O&&!O.done&&(y=L.return))y.call(L)}finally{if(m)throw m.error}}var R=new x(w["config"]);f=Object.assign({},E);return R}}}function numberCompare(e,t){return e<t?-1:e>t?1:0}function reverseNumberCompare(e,t){return-1*numberCompare(e,t)}function unique(e){var t,r;if(e==null){return e}var n=[];try{for(var i=__values(e),o=i.next();!o.done;o=i.next()){var s=o.value;if(n.indexOf(s)===-1){n.push(s)}}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}return n}function isObjectEmpty(e){if(e==null){throw new u("Invalid value in obj: ".concat(JSON.stringify(e)))}for(var t in e){if(e.hasOwnProperty(t)){return false}}return true}function checkStringTypeUnionValue(e,t,r){if(r==null){return}if(e.indexOf(r)<0){throw new u("".concat(r," is not a valid ").concat(t,".  Valid values are ").concat(e," or null/undefined."))}}function checkArrayTypeAndLength(e,t,r,n){if(r===void 0){r=0}if(n===void 0){n=Infinity}assert$1(r>=0);assert$1(n>=r);return Array.isArray(e)&&e.length>=r&&e.length<=n&&e.every(function(e){return typeof e===t})}function assertPositiveInteger(e,t){if(Array.isArray(e)){n.util.assert(e.length>0,function(){return"".concat(t," is unexpectedly an empty array.")});e.forEach(function(e,r){return assertPositiveInteger(e,"element ".concat(r+1," of ").concat(t))})}else{n.util.assert(Number.isInteger(e)&&e>0,function(){return"Expected ".concat(t," to be a positive integer, but got ")+"".concat(formatAsFriendlyString(e),".")})}}function formatAsFriendlyString(e){if(e===null){return"null"}else if(Array.isArray(e)){return"["+e.map(function(e){return formatAsFriendlyString(e)}).join(",")+"]"}else if(typeof e==="string"){return'"'.concat(e,'"')}else{return"".concat(e)}}function debounce(e,t,r){var i=r!=null?r():n.util.now();var o;var f2=function(){var s=[];for(var u=0;u<arguments.length;u++){s[u]=arguments[u]}var l=r!=null?r():n.util.now();if(l-i<t){return o}i=l;o=e.apply(void 0,__spreadArray([],__read(s),false));return o};return f2}function mapActivationToFusedKernel(e){if(e==="relu"){return"relu"}if(e==="linear"){return"linear"}if(e==="elu"){return"elu"}return null}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var d=0;function getNextUniqueTensorId(){return d++}var h={};function getUid(e){if(e===void 0){e=""}if(!(e in h)){h[e]=0}h[e]+=1;return e+h[e].toString()}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var v=["channelsFirst","channelsLast"];var g=["nearest","bilinear"];var m=["valid","same","causal"];var y=["max","avg"];var b=["sum","mul","concat","ave"];
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var k=new Map;function checkDataFormat(e){checkStringTypeUnionValue(v,"DataFormat",e)}function checkInterpolationFormat(e){checkStringTypeUnionValue(g,"InterpolationFormat",e)}function checkPaddingMode(e){checkStringTypeUnionValue(m,"PaddingMode",e)}function checkPoolMode(e){checkStringTypeUnionValue(y,"PoolMode",e)}var w=[];var _="/";function nameScope(e,t){w.push(e);try{var r=t();w.pop();return r}catch(e){w.pop();throw e}}function currentNameScopePrefix(){if(w.length===0){return""}else{return w.join(_)+_}}function getScopedTensorName(e){if(!isValidTensorName(e)){throw new Error("Not a valid tensor name: '"+e+"'")}return currentNameScopePrefix()+e}function getUniqueTensorName(e){if(!isValidTensorName(e)){throw new Error("Not a valid tensor name: '"+e+"'")}if(!k.has(e)){k.set(e,0)}var t=k.get(e);k.set(e,k.get(e)+1);if(t>0){var r="".concat(e,"_").concat(t);k.set(r,1);return r}else{return e}}var x=new RegExp(/^[A-Za-z0-9][-A-Za-z0-9\._\/]*$/);function isValidTensorName(e){return!!e.match(x)}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function isInteger(e){return e===parseInt(e.toString(),10)}function arrayProd(e,t,r){if(t==null){t=0}if(r==null){r=e.length}var n=1;for(var i=t;i<r;++i){n*=e[i]}return n}function min(e){if(e.length===0){return Number.NaN}var t=Number.POSITIVE_INFINITY;for(var r=0;r<e.length;r++){var n=e[r];if(n<t){t=n}}return t}function max(e){if(e.length===0){return Number.NaN}var t=Number.NEGATIVE_INFINITY;for(var r=0;r<e.length;r++){var n=e[r];if(n>t){t=n}}return t}function range(e,t){if(t<e){throw new u("end (".concat(t,") < begin (").concat(e,") is forbidden."))}var r=[];for(var n=e;n<t;++n){r.push(n)}return r}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var S;function epsilon(){if(S==null){S=n.backend().epsilon()}return S}function imageDataFormat(){return"channelsLast"}function cast$1(e,t){return i.cast(e,t)}function expandDims$1(e,t){if(t===void 0){t=-1}var r=e.shape.slice();if(t<0){t=r.length+t+1}r.splice(t,0,1);return i.reshape(e,r)}function repeat(e,t){return n.tidy(function(){if(e.shape.length!==2){throw new u("repeat() expects a rank-2 tensor, but received a "+"rank-".concat(e.shape.length," tensor."))}var r=expandDims$1(e,1);return tile$1(r,[1,t,1])})}function flatten$2(e){var t=[arrayProd(e.shape)];return i.reshape(e,t)}function batchFlatten(e){if(e.rank<=1){throw new u("batchFlatten requires a minimum rank of 2. Got rank: ".concat(e.rank,"."))}var t=[e.shape[0],arrayProd(e.shape,1)];return i.reshape(e,t)}function sliceAlongFirstAxis(e,t,r){return n.tidy(function(){switch(e.rank){case 1:return i.slice1d(e,t,r);case 2:return i.slice2d(e,[t,0],[r,e.shape[1]]);case 3:return i.slice3d(e,[t,0,0],[r,e.shape[1],e.shape[2]]);case 4:return i.slice4d(e,[t,0,0,0],[r,e.shape[1],e.shape[2],e.shape[3]]);case 5:return i.slice(e,[t,0,0,0,0],[r,e.shape[1],e.shape[2],e.shape[3],e.shape[4]]);case 6:return i.slice(e,[t,0,0,0,0,0],[r,e.shape[1],e.shape[2],e.shape[3],e.shape[4],e.shape[5]]);default:throw new u("sliceAlongFirstAxis() received an unsupported tensor rank: "+"".concat(e.rank))}})}function sliceAlongLastAxis(e,t,r){return n.tidy(function(){switch(e.rank){case 1:return i.slice1d(e,t,r);case 2:return i.slice2d(e,[0,t],[e.shape[0],r]);case 3:return i.slice3d(e,[0,0,t],[e.shape[0],e.shape[1],r]);case 4:return i.slice4d(e,[0,0,0,t],[e.shape[0],e.shape[1],e.shape[2],r]);default:throw new u("sliceAlongLastAxis() received an unsupported tensor rank: "+"".concat(e.rank))}})}function sliceAlongAxis(e,t,r,o){return n.tidy(function(){switch(e.rank){case 1:return i.slice1d(e,t,r);case 2:switch(o){case 1:return sliceAlongFirstAxis(e,t,r);case 2:return sliceAlongLastAxis(e,t,r);default:throw new u("The axis is not within the rank of the tensor "+"".concat(o))}case 3:switch(o){case 1:return sliceAlongFirstAxis(e,t,r);case 2:return i.slice3d(e,[0,t,0],[e.shape[0],r,e.shape[2]]);case 3:return sliceAlongLastAxis(e,t,r);default:throw new u("The axis is not within the rank of the tensor "+"".concat(o))}case 4:switch(o){case 1:return sliceAlongFirstAxis(e,t,r);case 2:return i.slice4d(e,[0,t,0,0],[e.shape[0],r,e.shape[2],e.shape[3]]);case 3:return i.slice4d(e,[0,0,t,0],[e.shape[0],e.shape[1],r,e.shape[3]]);case 4:return sliceAlongLastAxis(e,t,r);default:throw new u("The axis is not within the rank of the tensor "+"".concat(o))}default:throw new u("sliceAlongLastAxis() received an unsupported tensor rank: "+"".concat(e.rank))}})}function concatenate$1(e,t){if(t===void 0){t=-1}var r;if(t<0){r=e[0].rank;if(r!==0){t=r}else{t=0}}if(t===e[0].rank){t=-1}return i.concat(e,t)}function concatAlongFirstAxis(e,t){switch(e.rank){case 1:return i.concat1d([e,t]);case 2:return i.concat2d([e,t],0);case 3:return i.concat3d([e,t],0);case 4:return i.concat4d([e,t],0);default:throw new u("concatAlongFirstAxis() received an unsupported "+"tensor rank: ".concat(e.rank))}}function tile$1(e,t){if(!Array.isArray(t)){t=[t]}if(e.rank!==t.length){throw new u("The length of input n (".concat(t.length,") does not match ")+"the number of dimensions in input x (".concat(e.rank,")"))}return i.tile(e,t)}function randomNormal$1(e,t,r,n,o){if(t===void 0){t=0}if(r===void 0){r=1}return i.randomNormal(e,t,r,n,o)}function dot$1(e,t,r,n){if(e.rank<2||t.rank<2){throw new l("dot requires both inputs to be rank >= 2"+" but got x shape = ".concat(e.shape," and y shape = ").concat(t.shape))}if(t.rank>=3){var o=e.shape.slice(-1)[0];var s=t.shape.slice(-2)[0];if(o!==s){throw new l("If rank y >= 3, then the second last dim"+" of y must equal the last dim of x but got x shape = ".concat(e.shape," and ")+" y shape = ".concat(t.shape))}}if(e.rank===2&&t.rank===2){var u=false;var c=false;return i.fused.matMul({a:e,b:t,transposeA:u,transposeB:c,bias:n?reshapeBias(e.rank,n,imageDataFormat()):null,activation:r})}else{var p=e.shape.slice();var f=p.pop();e=i.reshape(e,[-1,f]);var d=t.shape.slice();var h=d.pop();var s=d.pop();var v=__spreadArray(__spreadArray([],__read(d),false),[h],false);var g=Array.from({length:t.rank},function(e,r){if(r===0){return t.rank-2}else if(r<=t.rank-2){return r-1}return r});t=i.reshape(i.transpose(t,g),[s,-1]);var m=__spreadArray(__spreadArray([],__read(p),false),__read(v),false);var u=false;var c=false;return i.reshape(i.fused.matMul({a:e,b:t,transposeA:u,transposeB:c,bias:n?reshapeBias(e.rank,n,imageDataFormat()):null,activation:r}),m)}}function gather$1(e,t,r){return n.tidy(function(){if(Array.isArray(t)){t=n.tensor1d(t,"int32")}else{t=i.cast(t,"int32")}return i.gather(e,t,r)})}function square$1(e){return i.mul(e,e)}function reshapeBias(e,t,r){var n=t.shape;if(t.rank!==1&&t.rank!==e){throw new u("Unexpected bias dimensions: ".concat(t.rank)+"; expected it to be 1 or ".concat(e))}if(e===5){if(r==="channelsFirst"){if(n.length===1){return i.reshape(t,[1,n[0],1,1,1])}else{return i.reshape(t,[1,n[3],n[0],n[1],n[2]])}}else if(r==="channelsLast"){if(n.length===1){return i.reshape(t,[1,1,1,1,n[0]])}else{return i.reshape(t,[1].concat(n))}}}else if(e===4){if(r==="channelsFirst"){if(n.length===1){return i.reshape(t,[1,n[0],1,1])}else{return i.reshape(t,[1,n[2],n[0],n[1]])}}else if(r==="channelsLast"){if(n.length===1){return i.reshape(t,[1,1,1,n[0]])}else{return i.reshape(t,[1].concat(n))}}}else if(e===3){if(r==="channelsFirst"){if(n.length===1){return i.reshape(t,[1,n[0],1])}else{return i.reshape(t,[1,n[1],n[0]])}}else if(r==="channelsLast"){if(n.length===1){return i.reshape(t,[1,1,n[0]])}else{return i.reshape(t,[1].concat(n))}}}else if(e<3){return t}throw new u("Unsupported input rank by biasAdd: ".concat(t.rank))}function biasAdd(e,t,r){return n.tidy(function(){if(r==null){r=imageDataFormat()}checkDataFormat(r);return i.add(e,reshapeBias(e.rank,t,r))})}function elu$1(e,t){if(t===void 0){t=1}if(t!==1){throw new l("Support for alpha values other than 1 (".concat(t,") is not implemented ")+"yet.")}return i.elu(e)}function softsign(e){return n.tidy(function(){return i.div(e,i.add(i.abs(e),1))})}function dropout$1(e,t,r,o){return n.tidy(function(){return i.dropout(e,t,r,o)})}function hardSigmoid(e){return n.tidy(function(){var t=i.add(.5,i.mul(.2,e));return i.clipByValue(t,0,1)})}function inTrainPhase(e,t,r){if(r===void 0){r=false}return r?e():t()}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var I=["fanIn","fanOut","fanAvg"];var N=["normal","uniform","truncatedNormal"];function checkFanMode(e){checkStringTypeUnionValue(I,"FanMode",e)}function checkDistribution(e){checkStringTypeUnionValue(N,"Distribution",e)}var T=function(e){__extends(Initializer,e);function Initializer(){return e!==null&&e.apply(this,arguments)||this}Initializer.prototype.fromConfigUsesCustomObjects=function(){return false};Initializer.prototype.getConfig=function(){return{}};return Initializer}(n.serialization.Serializable);var A=function(e){__extends(Zeros,e);function Zeros(){return e!==null&&e.apply(this,arguments)||this}Zeros.prototype.apply=function(e,t){return n.zeros(e,t)};return Zeros}(T);A.className="Zeros";n.serialization.registerClass(A);var C=function(e){__extends(Ones,e);function Ones(){return e!==null&&e.apply(this,arguments)||this}Ones.prototype.apply=function(e,t){return n.ones(e,t)};return Ones}(T);C.className="Ones";n.serialization.registerClass(C);var z=function(e){__extends(Constant,e);function Constant(t){var r=e.call(this)||this;if(typeof t!=="object"){throw new u("Expected argument of type ConstantConfig but got ".concat(t))}if(t.value===undefined){throw new u("config must have value set but got ".concat(t))}r.value=t.value;return r}Constant.prototype.apply=function(e,t){var r=this;return n.tidy(function(){return n.mul(n.scalar(r.value),n.ones(e,t))})};Constant.prototype.getConfig=function(){return{value:this.value}};return Constant}(T);z.className="Constant";n.serialization.registerClass(z);var D=function(e){__extends(RandomUniform,e);function RandomUniform(t){var r=e.call(this)||this;r.DEFAULT_MINVAL=-.05;r.DEFAULT_MAXVAL=.05;r.minval=t.minval||r.DEFAULT_MINVAL;r.maxval=t.maxval||r.DEFAULT_MAXVAL;r.seed=t.seed;return r}RandomUniform.prototype.apply=function(e,t){return n.randomUniform(e,this.minval,this.maxval,t,this.seed)};RandomUniform.prototype.getConfig=function(){return{minval:this.minval,maxval:this.maxval,seed:this.seed}};return RandomUniform}(T);D.className="RandomUniform";n.serialization.registerClass(D);var E=function(e){__extends(RandomNormal,e);function RandomNormal(t){var r=e.call(this)||this;r.DEFAULT_MEAN=0;r.DEFAULT_STDDEV=.05;r.mean=t.mean||r.DEFAULT_MEAN;r.stddev=t.stddev||r.DEFAULT_STDDEV;r.seed=t.seed;return r}RandomNormal.prototype.apply=function(e,t){t=t||"float32";if(t!=="float32"&&t!=="int32"){throw new l("randomNormal does not support dType ".concat(t,"."))}return randomNormal$1(e,this.mean,this.stddev,t,this.seed)};RandomNormal.prototype.getConfig=function(){return{mean:this.mean,stddev:this.stddev,seed:this.seed}};return RandomNormal}(T);E.className="RandomNormal";n.serialization.registerClass(E);var F=function(e){__extends(TruncatedNormal,e);function TruncatedNormal(t){var r=e.call(this)||this;r.DEFAULT_MEAN=0;r.DEFAULT_STDDEV=.05;r.mean=t.mean||r.DEFAULT_MEAN;r.stddev=t.stddev||r.DEFAULT_STDDEV;r.seed=t.seed;return r}TruncatedNormal.prototype.apply=function(e,t){t=t||"float32";if(t!=="float32"&&t!=="int32"){throw new l("truncatedNormal does not support dType ".concat(t,"."))}return n.truncatedNormal(e,this.mean,this.stddev,t,this.seed)};TruncatedNormal.prototype.getConfig=function(){return{mean:this.mean,stddev:this.stddev,seed:this.seed}};return TruncatedNormal}(T);F.className="TruncatedNormal";n.serialization.registerClass(F);var M=function(e){__extends(Identity,e);function Identity(t){var r=e.call(this)||this;r.gain=t.gain!=null?t.gain:1;return r}Identity.prototype.apply=function(e,t){var r=this;return n.tidy(function(){if(e.length!==2||e[0]!==e[1]){throw new u("Identity matrix initializer can only be used for"+" 2D square matrices.")}else{return n.mul(r.gain,n.eye(e[0]))}})};Identity.prototype.getConfig=function(){return{gain:this.gain}};return Identity}(T);M.className="Identity";n.serialization.registerClass(M);function computeFans(e,t){if(t===void 0){t="channelsLast"}var r;var n;checkDataFormat(t);if(e.length===2){r=e[0];n=e[1]}else if([3,4,5].indexOf(e.length)!==-1){if(t==="channelsFirst"){var i=arrayProd(e,2);r=e[1]*i;n=e[0]*i}else if(t==="channelsLast"){var i=arrayProd(e,0,e.length-2);r=e[e.length-2]*i;n=e[e.length-1]*i}}else{var o=arrayProd(e);r=Math.sqrt(o);n=Math.sqrt(o)}return[r,n]}var R=function(e){__extends(VarianceScaling,e);function VarianceScaling(t){var r=e.call(this)||this;if(t.scale<0){throw new u("scale must be a positive float. Got: ".concat(t.scale))}r.scale=t.scale==null?1:t.scale;r.mode=t.mode==null?"fanIn":t.mode;checkFanMode(r.mode);r.distribution=t.distribution==null?"normal":t.distribution;checkDistribution(r.distribution);r.seed=t.seed;return r}VarianceScaling.prototype.apply=function(e,t){var r=computeFans(e);var i=r[0];var o=r[1];var s=this.scale;if(this.mode==="fanIn"){s/=Math.max(1,i)}else if(this.mode==="fanOut"){s/=Math.max(1,o)}else{s/=Math.max(1,(i+o)/2)}if(this.distribution==="normal"){var u=Math.sqrt(s);t=t||"float32";if(t!=="float32"&&t!=="int32"){throw new l("".concat(this.getClassName()," does not support dType ").concat(t,"."))}return n.truncatedNormal(e,0,u,t,this.seed)}else{var c=Math.sqrt(3*s);return n.randomUniform(e,-c,c,t,this.seed)}};VarianceScaling.prototype.getConfig=function(){return{scale:this.scale,mode:this.mode,distribution:this.distribution,seed:this.seed}};return VarianceScaling}(T);R.className="VarianceScaling";n.serialization.registerClass(R);var L=function(e){__extends(GlorotUniform,e);function GlorotUniform(t){return e.call(this,{scale:1,mode:"fanAvg",distribution:"uniform",seed:t==null?null:t.seed})||this}GlorotUniform.prototype.getClassName=function(){return R.className};return GlorotUniform}(R);L.className="GlorotUniform";n.serialization.registerClass(L);var O=function(e){__extends(GlorotNormal,e);function GlorotNormal(t){return e.call(this,{scale:1,mode:"fanAvg",distribution:"normal",seed:t==null?null:t.seed})||this}GlorotNormal.prototype.getClassName=function(){return R.className};return GlorotNormal}(R);O.className="GlorotNormal";n.serialization.registerClass(O);var P=function(e){__extends(HeNormal,e);function HeNormal(t){return e.call(this,{scale:2,mode:"fanIn",distribution:"normal",seed:t==null?null:t.seed})||this}HeNormal.prototype.getClassName=function(){return R.className};return HeNormal}(R);P.className="HeNormal";n.serialization.registerClass(P);var B=function(e){__extends(HeUniform,e);function HeUniform(t){return e.call(this,{scale:2,mode:"fanIn",distribution:"uniform",seed:t==null?null:t.seed})||this}HeUniform.prototype.getClassName=function(){return R.className};return HeUniform}(R);B.className="HeUniform";n.serialization.registerClass(B);var W=function(e){__extends(LeCunNormal,e);function LeCunNormal(t){return e.call(this,{scale:1,mode:"fanIn",distribution:"normal",seed:t==null?null:t.seed})||this}LeCunNormal.prototype.getClassName=function(){return R.className};return LeCunNormal}(R);W.className="LeCunNormal";n.serialization.registerClass(W);var U=function(e){__extends(LeCunUniform,e);function LeCunUniform(t){return e.call(this,{scale:1,mode:"fanIn",distribution:"uniform",seed:t==null?null:t.seed})||this}LeCunUniform.prototype.getClassName=function(){return R.className};return LeCunUniform}(R);U.className="LeCunUniform";n.serialization.registerClass(U);var G=function(e){__extends(Orthogonal,e);function Orthogonal(t){var r=e.call(this)||this;r.DEFAULT_GAIN=1;r.ELEMENTS_WARN_SLOW=2e3;r.gain=t.gain==null?r.DEFAULT_GAIN:t.gain;r.seed=t.seed;return r}Orthogonal.prototype.apply=function(e,t){var r=this;return n.tidy(function(){if(e.length<2){throw new l("Shape must be at least 2D.")}if(t!=="int32"&&t!=="float32"&&t!==undefined){throw new TypeError("Unsupported data type ".concat(t,"."))}t=t;var i=n.util.sizeFromShape(e.slice(0,-1));var o=e[e.length-1];var s=i*o;if(s>r.ELEMENTS_WARN_SLOW){console.warn("Orthogonal initializer is being called on a matrix with more "+"than ".concat(r.ELEMENTS_WARN_SLOW," (").concat(s,") elements: ")+"Slowness may result.")}var u=[Math.max(o,i),Math.min(o,i)];var c=randomNormal$1(u,0,1,t,r.seed);var p=n.linalg.qr(c,false);var f=p[0];var d=p[1];var h=d.flatten().stridedSlice([0],[Math.min(o,i)*Math.min(o,i)],[Math.min(o,i)+1]);f=n.mul(f,h.sign());if(i<o){f=f.transpose()}return n.mul(n.scalar(r.gain),f.reshape(e))})};Orthogonal.prototype.getConfig=function(){return{gain:this.gain,seed:this.seed}};return Orthogonal}(T);G.className="Orthogonal";n.serialization.registerClass(G);var V={constant:"Constant",glorotNormal:"GlorotNormal",glorotUniform:"GlorotUniform",heNormal:"HeNormal",heUniform:"HeUniform",identity:"Identity",leCunNormal:"LeCunNormal",leCunUniform:"LeCunUniform",ones:"Ones",orthogonal:"Orthogonal",randomNormal:"RandomNormal",randomUniform:"RandomUniform",truncatedNormal:"TruncatedNormal",varianceScaling:"VarianceScaling",zeros:"Zeros"};function deserializeInitializer(e,t){if(t===void 0){t={}}return deserializeKerasObject(e,n.serialization.SerializationMap.getMap().classNameMap,t,"initializer")}function serializeInitializer(e){return serializeKerasObject(e)}function getInitializer(e){if(typeof e==="string"){var t=e in V?V[e]:e;if(t==="GlorotNormal"){return new O}else if(t==="GlorotUniform"){return new L}else if(t==="HeNormal"){return new P}else if(t==="HeUniform"){return new B}else if(t==="LeCunNormal"){return new W}else if(t==="LeCunUniform"){return new U}else{var r={};r["className"]=t;r["config"]={};return deserializeInitializer(r)}}else if(e instanceof T){return e}else{return deserializeInitializer(e)}}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function isArrayOfShapes(e){return Array.isArray(e)&&Array.isArray(e[0])}function normalizeShapeList(e){if(e.length===0){return[]}if(!Array.isArray(e[0])){return[e]}return e}function getExactlyOneTensor(e){var t;if(Array.isArray(e)){if(e.length!==1){throw new u("Expected Tensor length to be 1; got ".concat(e.length))}t=e[0]}else{t=e}return t}function getExactlyOneShape(e){if(Array.isArray(e)&&Array.isArray(e[0])){if(e.length===1){e=e;return e[0]}else{throw new u("Expected exactly 1 Shape; got ".concat(e.length))}}else{return e}}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function countParamsInWeights(e){var t,r;var n=0;try{for(var i=__values(e),o=i.next();!o.done;o=i.next()){var s=o.value;if(s.shape.length===0){n+=1}else{n+=s.shape.reduce(function(e,t){return e*t})}}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}return n}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var j="Variable";var q=function(){function LayerVariable(e,t,r,n,o){if(t===void 0){t="float32"}if(r===void 0){r=j}if(n===void 0){n=true}if(o===void 0){o=null}this.dtype=t==null?"float32":t;this.shape=e.shape;this.id=getNextUniqueTensorId();r=r==null?j:r;this.originalName=getScopedTensorName(r);this.name=getUniqueTensorName(this.originalName);this.trainable_=n;this.constraint=o;this.val=i.variable(e,this.trainable_,this.name,this.dtype)}LayerVariable.prototype.read=function(){this.assertNotDisposed();return this.val};LayerVariable.prototype.write=function(e){this.assertNotDisposed();checkShapesMatch(this.val,e);if(this.val.id!==e.id){this.val.assign(e);if(this.constraint!=null){this.val.assign(this.constraint.apply(this.val))}}return this};LayerVariable.prototype.dispose=function(){this.assertNotDisposed();this.val.dispose()};LayerVariable.prototype.assertNotDisposed=function(){if(this.val.isDisposed){throw new Error("LayersVariable ".concat(this.name," is already disposed."))}};Object.defineProperty(LayerVariable.prototype,"trainable",{get:function(){return this.trainable_},set:function(e){this.trainable_=e;this.val.trainable=e},enumerable:false,configurable:true});return LayerVariable}();function checkShapesMatch(e,t){if(e.shape.toString()!==t.shape.toString()){throw new Error("Shape mismatch: "+JSON.stringify(e.shape)+" vs. "+JSON.stringify(t.shape))}}function batchGetValue(e){return e.map(function(e){return e.read()})}function batchSetValue(e){e.forEach(function(e){var t=e[0];t.write(e[1])})}var K=function(){function InputSpec(e){this.dtype=e.dtype;this.shape=e.shape;if(e.shape!=null){this.ndim=e.shape.length}else{this.ndim=e.ndim}this.maxNDim=e.maxNDim;this.minNDim=e.minNDim;this.axes=e.axes||{}}return InputSpec}();var H=function(){function SymbolicTensor(e,t,r,n,i,o,s){this.dtype=e;this.shape=t;this.sourceLayer=r;this.inputs=n;this.callArgs=i;this.outputTensorIndex=s;this.id=getNextUniqueTensorId();if(o!=null){this.originalName=getScopedTensorName(o);this.name=getUniqueTensorName(this.originalName)}this.rank=t.length}return SymbolicTensor}();var $=0;var J=function(){function Node(e,t){var r,n;this.callArgs=t;this.id=$++;this.outboundLayer=e.outboundLayer;this.inboundLayers=e.inboundLayers;this.nodeIndices=e.nodeIndices;this.tensorIndices=e.tensorIndices;this.inputTensors=e.inputTensors;this.outputTensors=e.outputTensors;this.inputMasks=e.inputMasks;this.outputMasks=e.outputMasks;this.inputShapes=e.inputShapes;this.outputShapes=e.outputShapes;try{for(var i=__values(e.inboundLayers),o=i.next();!o.done;o=i.next()){var s=o.value;if(s!=null){s.outboundNodes.push(this)}}}catch(e){r={error:e}}finally{try{if(o&&!o.done&&(n=i.return))n.call(i)}finally{if(r)throw r.error}}e.outboundLayer.inboundNodes.push(this)}Node.prototype.getConfig=function(){var e,t;var r=[];try{for(var n=__values(this.inboundLayers),i=n.next();!i.done;i=n.next()){var o=i.value;if(o!=null){r.push(o.name)}else{r.push(null)}}}catch(t){e={error:t}}finally{try{if(i&&!i.done&&(t=n.return))t.call(n)}finally{if(e)throw e.error}}return{outboundLayer:this.outboundLayer?this.outboundLayer.name:null,inboundLayers:r,nodeIndices:this.nodeIndices,tensorIndices:this.tensorIndices}};return Node}();var Z=0;var X=function(e){__extends(Layer,e);function Layer(t){if(t===void 0){t={}}var r=e.call(this)||this;r._callHook=null;r._addedWeightNames=[];r._stateful=false;r.id=Z++;r.activityRegularizer=null;r.inputSpec=null;r.supportsMasking=false;r._trainableWeights=[];r._nonTrainableWeights=[];r._losses=[];r._updates=[];r._built=false;r.inboundNodes=[];r.outboundNodes=[];var n=t.name;if(!n){var i=r.getClassName();n=toSnakeCase(i)+"_"+getUid(i)}r.name=n;r.trainable_=t.trainable==null?true:t.trainable;if(t.inputShape!=null||t.batchInputShape!=null){var o=void 0;if(t.batchInputShape!=null){o=t.batchInputShape}else if(t.inputShape!=null){var s=null;if(t.batchSize!=null){s=t.batchSize}o=[s].concat(t.inputShape)}r.batchInputShape=o;var u=t.dtype;if(u==null){u=t.inputDType}if(u==null){u="float32"}r.dtype=u}if(t.weights!=null){r.initialWeights=t.weights}else{r.initialWeights=null}r._refCount=null;r.fastWeightInitDuringBuild=false;return r}Layer.nodeKey=function(e,t){return e.name+"_ib-"+t.toString()};Layer.prototype.getNodeAtIndex=function(e,t){if(this.inboundNodes.length===0){throw new s("The layer has never been called "+"and thus has no defined ".concat(t,"."))}if(this.inboundNodes.length<=e){throw new u("Asked to get ".concat(t," at node ").concat(e,", ")+"but the layer has only ".concat(this.inboundNodes.length," inbound nodes."))}return this.inboundNodes[e]};Layer.prototype.getInputAt=function(e){return singletonOrArray(this.getNodeAtIndex(e,"input").inputTensors)};Layer.prototype.getOutputAt=function(e){return singletonOrArray(this.getNodeAtIndex(e,"output").outputTensors)};Object.defineProperty(Layer.prototype,"input",{get:function(){if(this.inboundNodes.length>1){throw new o("Layer ".concat(this.name)+" has multiple inbound nodes, "+'hence the notion of "layer input" '+"is ill-defined. "+"Use `getInputAt(nodeIndex)` instead.")}else if(this.inboundNodes.length===0){throw new o("Layer ".concat(this.name)+" is not connected, no input to return.")}return singletonOrArray(this.getNodeAtIndex(0,"input").inputTensors)},enumerable:false,configurable:true});Object.defineProperty(Layer.prototype,"output",{get:function(){if(this.inboundNodes.length===0){throw new o("Layer ".concat(this.name)+" has no inbound nodes.")}if(this.inboundNodes.length>1){throw new o("Layer ".concat(this.name)+" has multiple inbound nodes, "+'hence the notion of "layer output" '+"is ill-defined. "+"Use `getOutputAt(nodeIndex)` instead.")}return singletonOrArray(this.getNodeAtIndex(0,"output").outputTensors)},enumerable:false,configurable:true});Object.defineProperty(Layer.prototype,"losses",{get:function(){return this._losses},enumerable:false,configurable:true});Layer.prototype.calculateLosses=function(){return this.losses.map(function(e){return e()})};Object.defineProperty(Layer.prototype,"updates",{get:function(){return this._updates},enumerable:false,configurable:true});Object.defineProperty(Layer.prototype,"built",{get:function(){return this._built},set:function(e){this._built=e},enumerable:false,configurable:true});Object.defineProperty(Layer.prototype,"trainable",{get:function(){return this.trainable_},set:function(e){this._trainableWeights.forEach(function(t){return t.trainable=e});this.trainable_=e},enumerable:false,configurable:true});Object.defineProperty(Layer.prototype,"trainableWeights",{get:function(){if(this.trainable_){return this._trainableWeights.filter(function(e){return e.trainable})}else{return[]}},set:function(e){this._trainableWeights=e},enumerable:false,configurable:true});Object.defineProperty(Layer.prototype,"nonTrainableWeights",{get:function(){if(this.trainable){return this._trainableWeights.filter(function(e){return!e.trainable}).concat(this._nonTrainableWeights)}else{return this._trainableWeights.concat(this._nonTrainableWeights)}},set:function(e){this._nonTrainableWeights=e},enumerable:false,configurable:true});Object.defineProperty(Layer.prototype,"weights",{get:function(){return this.trainableWeights.concat(this.nonTrainableWeights)},enumerable:false,configurable:true});Object.defineProperty(Layer.prototype,"stateful",{get:function(){return this._stateful},enumerable:false,configurable:true});Layer.prototype.resetStates=function(){if(!this.stateful){throw new Error("Cannot call the resetStates() method of a non-stateful Layer "+"object.")}};Layer.prototype.assertInputCompatibility=function(e){var t=toList(e);if(this.inputSpec==null||this.inputSpec.length===0){return}var r=toList(this.inputSpec);if(t.length!==r.length){throw new u("Layer ".concat(this.name," expects ").concat(r.length," inputs, ")+"but it received ".concat(t.length," input tensors. ")+"Input received: ".concat(e))}for(var n=0;n<t.length;n++){var i=t[n];var o=r[n];if(o==null){continue}var s=i.rank;if(o.ndim!=null){if(s!==o.ndim){throw new u("Input ".concat(n," is incompatible with layer ").concat(this.name,": ")+"expected ndim=".concat(o.ndim,", found ndim=").concat(s))}}if(o.maxNDim!=null){if(s>o.maxNDim){throw new u("Input ".concat(n," is incompatible with layer ").concat(this.name)+": expected max_ndim=".concat(o.maxNDim,", found ndim=").concat(s))}}if(o.minNDim!=null){if(s<o.minNDim){throw new u("Input ".concat(n," is incompatible with layer ").concat(this.name)+": expected min_ndim=".concat(o.minNDim,", found ndim=").concat(s,"."))}}if(o.dtype!=null){if(i.dtype!==o.dtype){throw new u("Input ".concat(n," is incompatible with layer ").concat(this.name," ")+": expected dtype=".concat(o.dtype,", found dtype=").concat(i.dtype,"."))}}if(o.axes){var l=i.shape;for(var c in o.axes){var p=Number(c);var f=o.axes[c];var d=p>=0?l[p]:l[l.length+p];if(f!=null&&[f,null].indexOf(d)===-1){throw new u("Input ".concat(n," is incompatible with layer ")+"".concat(this.name,": expected axis ").concat(p," of input shape to ")+"have value ".concat(f," but got shape ").concat(l,"."))}}}if(o.shape!=null){for(var h=0;h<o.shape.length;++h){var v=o.shape[h];var g=i.shape[h];if(v!=null&&g!=null){if(v!==g){throw new u("Input ".concat(n," is incompatible with layer ")+"".concat(this.name,": expected shape=").concat(o.shape,", ")+"found shape=".concat(i.shape,"."))}}}}}};Layer.prototype.call=function(e,t){return e};Layer.prototype.invokeCallHook=function(e,t){if(this._callHook!=null){this._callHook(e,t)}};Layer.prototype.setCallHook=function(e){this._callHook=e};Layer.prototype.clearCallHook=function(){this._callHook=null};Layer.prototype.apply=function(e,t){var r=this;t=t||{};this.assertNotDisposed();var n=toList(e);var i=checkAllSymbolic(e);var o=checkNoneSymbolic(e);if(i===o){throw new u("Arguments to apply() must be all "+"SymbolicTensors or all Tensors")}return nameScope(this.name,function(){var i,s,u,c;if(!r.built){r.assertInputCompatibility(e);var p=[];try{for(var f=__values(toList(e)),d=f.next();!d.done;d=f.next()){var h=d.value;p.push(h.shape)}}catch(e){i={error:e}}finally{try{if(d&&!d.done&&(s=f.return))s.call(f)}finally{if(i)throw i.error}}r.build(singletonOrArray(p));r.built=true;if(r.initialWeights){r.setWeights(r.initialWeights)}if(r._refCount===null&&o){r._refCount=1}}r.assertInputCompatibility(e);if(o){var v=r.call(e,t);if(r.supportsMasking){r.setMaskMetadata(e,v)}var g=toList(v);var m=[];try{for(var y=__values(g),b=y.next();!b.done;b=y.next()){var k=b.value;if(n.indexOf(k)!==-1){k=k.clone()}m.push(k)}}catch(e){u={error:e}}finally{try{if(b&&!b.done&&(c=y.return))c.call(y)}finally{if(u)throw u.error}}v=singletonOrArray(m);if(r.activityRegularizer!=null){throw new l("Layer invocation in the presence of activity "+"regularizer(s) is not supported yet.")}return v}else{var w=collectInputShape(e);var _=r.computeOutputShape(w);var v=void 0;var x=guessOutputDType(e);r.warnOnIncompatibleInputShape(Array.isArray(e)?w[0]:w);if(_!=null&&_.length>0&&Array.isArray(_[0])){v=_.map(function(n,i){return new H(x,n,r,toList(e),t,r.name,i)})}else{v=new H(x,_,r,toList(e),t,r.name)}r.addInboundNode(e,v,null,null,w,_,t);r._refCount++;if(r.activityRegularizer!=null){throw new l("Layer invocation in the presence of activity "+"regularizer(s) is not supported yet.")}return v}})};Layer.prototype.warnOnIncompatibleInputShape=function(e){if(this.batchInputShape==null){return}else if(e.length!==this.batchInputShape.length){console.warn("The rank of the input tensor provided (shape: "+"".concat(JSON.stringify(e),") does not match that of the ")+"batchInputShape (".concat(JSON.stringify(this.batchInputShape),") ")+"of the layer ".concat(this.name))}else{var t=false;this.batchInputShape.forEach(function(r,n){if(r!=null&&e[n]!=null&&e[n]!==r){t=true}});if(t){console.warn("The shape of the input tensor "+"(".concat(JSON.stringify(e),") does not ")+"match the expectation of layer ".concat(this.name,": ")+"".concat(JSON.stringify(this.batchInputShape)))}}};Object.defineProperty(Layer.prototype,"outputShape",{get:function(){var e,t;if(this.inboundNodes==null||this.inboundNodes.length===0){throw new o("The layer ".concat(this.name," has never been called and thus has no ")+"defined output shape.")}var r=[];try{for(var n=__values(this.inboundNodes),i=n.next();!i.done;i=n.next()){var s=i.value;var u=JSON.stringify(s.outputShapes);if(r.indexOf(u)===-1){r.push(u)}}}catch(t){e={error:t}}finally{try{if(i&&!i.done&&(t=n.return))t.call(n)}finally{if(e)throw e.error}}if(r.length===1){var l=this.inboundNodes[0].outputShapes;if(Array.isArray(l)&&Array.isArray(l[0])&&l.length===1){return l[0]}else{return l}}else{throw new o("The layer ".concat(this.name," has multiple inbound nodes with different ")+'output shapes. Hence the notion of "output shape" is ill-defined '+"for the layer.")}},enumerable:false,configurable:true});Layer.prototype.countParams=function(){if(!this.built){throw new s("You tried to call countParams() on ".concat(this.name,", ")+"but the layer is not built yet. Build it first by calling "+"build(batchInputShape).")}return countParamsInWeights(this.weights)};Layer.prototype.build=function(e){this.built=true};Layer.prototype.getWeights=function(e){if(e===void 0){e=false}return batchGetValue(e?this.trainableWeights:this.weights)};Layer.prototype.setWeights=function(e){var t=this;n.tidy(function(){var r=t.weights;if(r.length!==e.length){throw new u('You called setWeights(weights) on layer "'.concat(t.name,'" ')+"with a weight list of length ".concat(e.length,", ")+"but the layer was expecting ".concat(r.length," weights. ")+"Provided weights: ".concat(e,"..."))}if(r.length===0){return}var i=[];var o=batchGetValue(r);for(var s=0;s<o.length;++s){var l=o[s];var c=r[s];var p=e[s];if(!n.util.arraysEqual(l.shape,p.shape)){throw new u("Layer weight shape ".concat(l.shape," ")+"not compatible with provided weight shape ".concat(p.shape))}i.push([c,p])}batchSetValue(i)})};Layer.prototype.addWeight=function(e,t,r,n,i,o,s,l){if(this._addedWeightNames.indexOf(e)!==-1){throw new u("Duplicate weight name ".concat(e," for layer ").concat(this.name))}this._addedWeightNames.push(e);if(r==null){r="float32"}if(this.fastWeightInitDuringBuild){n=l!=null?l():getInitializer("zeros")}var c=n.apply(t,r);var p=new q(c,r,e,o,s);c.dispose();if(i!=null){this.addLoss(function(){return i.apply(p.read())})}if(o==null){o=true}if(o){this._trainableWeights.push(p)}else{this._nonTrainableWeights.push(p)}return p};Layer.prototype.setFastWeightInitDuringBuild=function(e){this.fastWeightInitDuringBuild=e};Layer.prototype.addLoss=function(e){var t;if(e==null||Array.isArray(e)&&e.length===0){return}e=toList(e);if(this._losses!==undefined&&this._losses!==null){(t=this.losses).push.apply(t,__spreadArray([],__read(e),false))}};Layer.prototype.computeOutputShape=function(e){return e};Layer.prototype.computeMask=function(e,t){var r=this;if(!this.supportsMasking){if(t!=null){if(Array.isArray(t)){t.forEach(function(e){if(e!=null){throw new TypeError("Layer ".concat(r.name," does not support masking, ")+"but was passed an inputMask.")}})}else{throw new TypeError("Layer ".concat(this.name," does not support masking, ")+"but was passed an inputMask.")}}return null}return t};Layer.prototype.setMaskMetadata=function(e,t,r){if(!this.supportsMasking){return}var n=this.computeMask(e,r);var i=toList(t);var o=toList(n);if(i.length!==o.length){throw new Error("".concat(this.name," outputs ").concat(i.length," tensors ")+"but ".concat(i.length," masks for those tensors"))}for(var s=0;s<i.length;s++){i[s].kerasMask=o[s]}};Layer.prototype.addInboundNode=function(e,t,r,n,i,o,s){var u,l;if(s===void 0){s=null}var c=toList(e);t=toList(t);r=toList(r);n=toList(n);i=normalizeShapeList(i);o=normalizeShapeList(o);var p=[];var f=[];var d=[];try{for(var h=__values(c),v=h.next();!v.done;v=h.next()){var g=v.value;p.push(g.sourceLayer);f.push(g.nodeIndex);d.push(g.tensorIndex)}}catch(e){u={error:e}}finally{try{if(v&&!v.done&&(l=h.return))l.call(h)}finally{if(u)throw u.error}}new J({outboundLayer:this,inboundLayers:p,nodeIndices:f,tensorIndices:d,inputTensors:c,outputTensors:t,inputMasks:r,outputMasks:n,inputShapes:i,outputShapes:o},s);for(var m=0;m<t.length;m++){t[m].sourceLayer=this;t[m].nodeIndex=this.inboundNodes.length-1;t[m].tensorIndex=m}};Layer.prototype.getConfig=function(){var e={name:this.name,trainable:this.trainable};if(this.batchInputShape!=null){e["batchInputShape"]=this.batchInputShape}if(this.dtype!=null){e["dtype"]=this.dtype}return e};Layer.prototype.disposeWeights=function(){this.weights.forEach(function(e){return e.dispose()});return this.weights.length};Layer.prototype.assertNotDisposed=function(){if(this._refCount===0){throw new Error("Layer '".concat(this.name,"' is already disposed."))}};Layer.prototype.dispose=function(){if(!this.built){throw new Error("Cannot dispose Layer ".concat(this.name," because it has not been ")+"built yet.")}if(this._refCount===null){throw new Error("Cannot dispose Layer ".concat(this.name," because it has not been used ")+"yet.")}this.assertNotDisposed();var e=0;if(--this._refCount===0){e=this.disposeWeights()}return{refCountAfterDispose:this._refCount,numDisposedVariables:e}};return Layer}(n.serialization.Serializable);function collectInputShape(e){var t,r;e=toList(e);var n=[];try{for(var i=__values(e),o=i.next();!o.done;o=i.next()){var s=o.value;n.push(s.shape)}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}return singletonOrArray(n)}function guessOutputDType(e){return"float32"}function getSourceInputs(e,t,r){var n,i;if(t==null||r!=null&&r>0){t=e.sourceLayer;r=e.nodeIndex}if(t.inboundNodes.length===0){return[e]}else{var o=t.inboundNodes[r];if(o.inboundLayers.length===0){return o.inputTensors}else{var s=[];for(var u=0;u<o.inboundLayers.length;u++){var l=o.inputTensors[u];var c=o.inboundLayers[u];var p=o.nodeIndices[u];var f=getSourceInputs(l,c,p);try{for(var d=(n=void 0,__values(f)),h=d.next();!h.done;h=d.next()){var v=h.value;if(s.indexOf(v)===-1){s.push(v)}}}catch(e){n={error:e}}finally{try{if(h&&!h.done&&(i=d.return))i.call(d)}finally{if(n)throw n.error}}}return s}}}function checkAllSymbolic(e){var t,r;var n=true;try{for(var i=__values(toList(e)),o=i.next();!o.done;o=i.next()){var s=o.value;if(!(s instanceof H)){n=false;break}}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}return n}function checkNoneSymbolic(e){var t,r;var n=true;try{for(var i=__values(toList(e)),o=i.next();!o.done;o=i.next()){var s=o.value;if(s instanceof H){n=false;break}}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}return n}var Y=function(e){__extends(InputLayer,e);function InputLayer(t){var r=e.call(this,{dtype:t.dtype,name:t.name!=null?t.name:getUid("input").toString()})||this;if(t.batchSize==null){t.batchSize=null}if(t.sparse==null){t.sparse=false}r.trainable=false;r.built=true;r.sparse=t.sparse;if(t.inputShape!=null&&t.batchInputShape!=null){throw new u("Only provide the inputShape OR "+"batchInputShape argument to inputLayer, not both at the same time.")}var n=t.batchInputShape;if(n==null){if(t.inputShape==null){throw new u("An InputLayer should be passed either a "+"`batchInputShape` or an `inputShape`.")}else{n=[t.batchSize].concat(t.inputShape)}}else{if(t.batchSize!=null){throw new u("Cannot specify batchSize if batchInputShape is "+"specified when creating an InputLayer.")}}var i=t.dtype||"float32";r.batchInputShape=n;r.dtype=i;r.inputSpec=[{shape:n}];var o=new H(r.dtype,r.batchInputShape,r,[],{},r.name);o.nodeIndex=0;o.tensorIndex=0;new J({outboundLayer:r,inboundLayers:[],nodeIndices:[],tensorIndices:[],inputTensors:[o],outputTensors:[o],inputMasks:[null],outputMasks:[null],inputShapes:[n],outputShapes:[n]});return r}InputLayer.prototype.apply=function(e,t){throw new u("Cannot pass any input to an "+"InputLayer's apply() method. InputLayer name: ".concat(this.name))};InputLayer.prototype.dispose=function(){return{refCountAfterDispose:this._refCount,numDisposedVariables:0}};InputLayer.prototype.getConfig=function(){return{batchInputShape:this.batchInputShape,dtype:this.dtype,sparse:this.sparse,name:this.name}};return InputLayer}(X);Y.className="InputLayer";n.serialization.registerClass(Y);function Input(e){if(e.batchShape==null&&e.shape==null){throw new Error("Please provide to Input either a `shape`"+" or a `batchShape` argument. Note that "+"`shape` does not include the batch "+"dimension.")}if(e.batchShape!=null&&e.shape!=null){throw new u("Please provide either a `shape` or `batchShape` "+"argument to Input, but not both.")}var t=e.batchShape;if(e.shape!=null&&t==null){t=[null].concat(e.shape)}var r=e.dtype;if(r==null){r="float32"}var n=new Y({batchInputShape:t,name:e.name,dtype:r,sparse:e.sparse});var i=n.inboundNodes[0].outputTensors;return i[0]}function assertFeedCompatibility(e,t){if(e.dtype==null||e.dtype===t.dtype){return t}try{return n.cast(t,e.dtype)}catch(r){throw new u("The dtype of the feed (".concat(t.dtype,") can not be cast to the dtype ")+"of the key '".concat(e.name,"' (").concat(e.dtype,")."))}}var Q=function(){function FeedDict(e){var t,r;this.id2Value={};this.id2Mask={};this.name2Id={};if(e instanceof FeedDict){for(var n in e.id2Value){this.id2Value[n]=e.id2Value[n];if(n in e.id2Mask){this.id2Mask[n]=e.id2Mask[n]}}}else{if(e==null){return}try{for(var i=__values(e),o=i.next();!o.done;o=i.next()){var s=o.value;this.add(s.key,s.value)}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}}}FeedDict.prototype.add=function(e,t,r){if(this.id2Value[e.id]==null){this.id2Value[e.id]=assertFeedCompatibility(e,t);this.name2Id[e.name]=e.id;if(r!=null){this.id2Mask[e.id]=r}}else{throw new u("Duplicate key: name=".concat(e.name,", id=").concat(e.id))}return this};FeedDict.prototype.addFeed=function(e){this.add(e.key,e.value)};FeedDict.prototype.hasKey=function(e){return this.id2Value[e.id]!=null};FeedDict.prototype.names=function(){return Object.keys(this.name2Id)};FeedDict.prototype.getValue=function(e){if(e instanceof H){if(this.id2Value[e.id]==null){throw new u("Nonexistent key: ".concat(e.name))}else{return this.id2Value[e.id]}}else{var t=this.name2Id[e];if(t==null){throw new u("Feed dict has no SymbolicTensor name: ".concat(e))}return this.id2Value[t]}};FeedDict.prototype.getMask=function(e){if(e instanceof H){if(this.id2Value[e.id]==null){throw new u("Nonexistent key: ".concat(e.name))}else{return this.id2Mask[e.id]}}else{var t=this.name2Id[e];if(t==null){throw new u("Feed dict has no SymbolicTensor name: ".concat(e))}return this.id2Mask[t]}};FeedDict.prototype.disposeMasks=function(){if(this.id2Mask!=null){n.dispose(this.id2Mask)}};return FeedDict}();var ee=new p;var te=new p;function updateCacheMaxEntries(e){if(ee!=null){ee.setMaxEntries(e)}if(te!=null){te.setMaxEntries(e)}}function execute(e,t,r,i){var o,s,u,l;var c=r==null?false:r["training"];var p=Array.isArray(e);var f=p?e:[e];var d=f.map(function(e){return e.name});var h=[];var v=t.names();try{for(var g=__values(d),m=g.next();!m.done;m=g.next()){var y=m.value;if(v.indexOf(y)!==-1){h.push(t.getValue(y))}else{h.push(null)}}}catch(e){o={error:e}}finally{try{if(m&&!m.done&&(s=g.return))s.call(g)}finally{if(o)throw o.error}}if(i!=null){i.maxNumTensors=-Infinity;i.minNumTensors=Infinity}var b=d.join(",")+"|"+t.names().sort().join(",");var k=ee.get(b);var w;if(k==null){var _=getTopologicalSortAndRecipientCounts(f,t);k=_.sorted;w=_.recipientCounts;ee.put(b,k);te.put(b,w)}w={};if(!c){Object.assign(w,te.get(b))}var x=new Q(t);for(var S=0;S<k.length;++S){if(i!=null){var I=n.memory().numTensors;if(I>i.maxNumTensors){i.maxNumTensors=I}if(I<i.minNumTensors){i.minNumTensors=I}}var N=k[S];var T=N.sourceLayer;if(T instanceof Y){continue}var A=[];var C=[];var z=[];var D=false;try{for(var E=(u=void 0,__values(N.inputs)),F=E.next();!F.done;F=E.next()){var M=F.value;var R=x.getValue(M);var L=x.getMask(M);A.push(R);C.push(L);if(L!=null){D=true}if(!c){w[M.name]--;if(w[M.name]===0&&!t.hasKey(M)&&d.indexOf(M.name)===-1&&!R.isDisposed&&M.sourceLayer.stateful!==true){z.push(R)}}}}catch(e){u={error:e}}finally{try{if(F&&!F.done&&(l=E.return))l.call(E)}finally{if(u)throw u.error}}if(D){r=r||{};r["mask"]=C[0]}var O=toList(T.apply(A,r));var P=null;if(T.supportsMasking){P=T.computeMask(A,C)}var B=getNodeOutputs(N);var W=Array.isArray(B)?B:[B];for(var U=0;U<W.length;++U){if(!x.hasKey(W[U])){x.add(W[U],O[U],Array.isArray(P)?P[0]:P)}var G=d.indexOf(W[U].name);if(G!==-1){h[G]=O[U]}}if(!c){n.dispose(z)}}x.disposeMasks();return p?h:h[0]}function getTopologicalSortAndRecipientCounts(e,t){var r,i,o,s;n.util.assert(e!=null&&e.length>0,function(){return"Expected at least one fetch, got none"});var u=[];var l={};if(e.length===1){var c=getTopologicalSortAndRecipientCountsForOneFetch(e[0],t);u=c.sorted;l=c.recipientMap}else{var p=new Set;try{for(var f=__values(e),d=f.next();!d.done;d=f.next()){var h=d.value;var v=getTopologicalSortAndRecipientCountsForOneFetch(h,t),g=v.sorted,m=v.recipientMap;try{for(var y=(o=void 0,__values(g)),b=y.next();!b.done;b=y.next()){var k=b.value;if(!p.has(k.name)){u.push(k);p.add(k.name)}}}catch(e){o={error:e}}finally{try{if(b&&!b.done&&(s=y.return))s.call(y)}finally{if(o)throw o.error}}var _loop_1=function(e){if(l[e]==null){l[e]=new Set}m[e].forEach(function(t){return l[e].add(t)})};for(var w in m){_loop_1(w)}}}catch(e){r={error:e}}finally{try{if(d&&!d.done&&(i=f.return))i.call(f)}finally{if(r)throw r.error}}}return{sorted:u,recipientCounts:recipientMap2Counts(l)}}function recipientMap2Counts(e){var t={};for(var r in e){t[r]=e[r].size}return t}function getTopologicalSortAndRecipientCountsForOneFetch(e,t){var r,n,i,o;var s=new Set;var u=[];var l={};try{for(var c=__values(t.names()),p=c.next();!p.done;p=c.next()){var f=p.value;s.add(f)}}catch(e){r={error:e}}finally{try{if(p&&!p.done&&(n=c.return))n.call(c)}finally{if(r)throw r.error}}var d=[];var h=[];d.push(e);while(d.length>0){var v=d[d.length-1];if(s.has(v.name)){d.pop();continue}var g=h[h.length-1]===d.length-1;if(v.inputs.length===0||g){d.pop();u.push(v);s.add(v.name);if(g){h.pop()}}else{h.push(d.length-1);try{for(var m=(i=void 0,__values(v.inputs)),y=m.next();!y.done;y=m.next()){var b=y.value;if(l[b.name]==null){l[b.name]=new Set}l[b.name].add(v.name);if(s.has(b.name)){continue}d.push(b)}}catch(e){i={error:e}}finally{try{if(y&&!y.done&&(o=m.return))o.call(m)}finally{if(i)throw i.error}}}}return{sorted:u,recipientMap:l}}function getNodeOutputs(e){var t,r;var n;if(e.sourceLayer.inboundNodes.length===1){n=e.sourceLayer.output}else{var i=null;for(var o=0;o<e.sourceLayer.inboundNodes.length;++o){try{for(var s=(t=void 0,__values(e.sourceLayer.inboundNodes[o].outputTensors)),u=s.next();!u.done;u=s.next()){var l=u.value;if(l.id===e.id){i=o;break}}}catch(e){t={error:e}}finally{try{if(u&&!u.done&&(r=s.return))r.call(s)}finally{if(t)throw t.error}}}n=e.sourceLayer.getOutputAt(i)}return n}
/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var re=n.env();re.registerFlag("TOPOLOGICAL_SORT_CACHE_MAX_ENTRIES",function(){return 100},updateCacheMaxEntries);var ne="Abs";var ae="Acos";var ie="Acosh";var oe="Add";var se="AddN";var ue="ArgMax";var le="ArgMin";var ce="Asin";var pe="Asinh";var fe="Atan";var de="Atanh";var he="Atan2";var ve="AvgPool";var ge="AvgPoolGrad";var me="AvgPool3D";var ye="AvgPool3DGrad";var be="BatchMatMul";var ke="BatchToSpaceND";var we="BroadcastTo";var _e="Cast";var xe="Ceil";var Se="ClipByValue";var Ie="Complex";var Ne="ComplexAbs";var Te="Concat";var Ae="Conv2D";var Ce="Conv2DBackpropFilter";var ze="Conv2DBackpropInput";var De="Conv3D";var Ee="Conv3DBackpropFilterV2";var Fe="Conv3DBackpropInputV2";var Me="Cos";var Re="Cosh";var Le="Cumprod";var Oe="Cumsum";var Pe="DepthwiseConv2dNative";var Be="DepthwiseConv2dNativeBackpropFilter";var We="DepthwiseConv2dNativeBackpropInput";var Ue="Dilation2D";var Ge="Dilation2DBackpropInput";var Ve="Dilation2DBackpropFilter";var je="RealDiv";var qe="Elu";var Ke="EluGrad";var He="Erf";var $e="Equal";var Je="Exp";var Ze="ExpandDims";var Xe="Expm1";var Ye="Fill";var Qe="Floor";var et="FloorDiv";var tt="FusedBatchNorm";var rt="GatherV2";var nt="Greater";var at="GreaterEqual";var it="Identity";var ot="Imag";var st="IsFinite";var ut="IsInf";var lt="IsNan";var ct="LeakyRelu";var pt="Less";var ft="LessEqual";var dt="Log";var ht="Log1p";var vt="LogicalAnd";var gt="LogicalNot";var mt="LogSoftmax";var yt="LRN";var bt="LRNGrad";var kt="Max";var wt="Maximum";var _t="MaxPool";var xt="MaxPoolGrad";var St="MaxPool3D";var It="MaxPool3DGrad";var Nt="Mean";var Tt="Min";var At="Minimum";var Ct="MirrorPad";var zt="Mod";var Dt="Multiply";var Et="Neg";var Ft="OnesLike";var Mt="OneHot";var Rt="Pack";var Lt="PadV2";var Ot="Pow";var Pt="Prelu";var Bt="Prod";var Wt="Real";var Ut="Reciprocal";var Gt="Relu";var Vt="Reshape";var jt="ResizeNearestNeighbor";var qt="ResizeNearestNeighborGrad";var Kt="ResizeBilinear";var Ht="ResizeBilinearGrad";var $t="Relu6";var Jt="Reverse";var Zt="Round";var Xt="Rsqrt";var Yt="TensorScatterUpdate";var Qt="Select";var er="Selu";var tr="Slice";var rr="Sin";var nr="Sinh";var ar="Sign";var ir="Sigmoid";var sr="Softplus";var ur="Sqrt";var lr="Sum";var cr="SpaceToBatchND";var pr="SplitV";var fr="Softmax";var dr="SquaredDifference";var hr="Square";var vr="Sub";var gr="Tan";var mr="Tanh";var yr="Tile";var br="Transpose";var kr="Unpack";var wr="UnsortedSegmentSum";var _r="ZerosLike";var xr="Step";
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Sr=1e-7;var Ir=1e-4;var Nr=function(){function KernelBackend(){}KernelBackend.prototype.refCount=function(e){return notYetImplemented("refCount")};KernelBackend.prototype.incRef=function(e){return notYetImplemented("incRef")};KernelBackend.prototype.timerAvailable=function(){return true};KernelBackend.prototype.time=function(e){return notYetImplemented("time")};KernelBackend.prototype.read=function(e){return notYetImplemented("read")};KernelBackend.prototype.readSync=function(e){return notYetImplemented("readSync")};KernelBackend.prototype.readToGPU=function(e,t){return notYetImplemented("readToGPU")};KernelBackend.prototype.numDataIds=function(){return notYetImplemented("numDataIds")};KernelBackend.prototype.disposeData=function(e,t){return notYetImplemented("disposeData")};KernelBackend.prototype.write=function(e,t,r){return notYetImplemented("write")};KernelBackend.prototype.move=function(e,t,r,n,i){return notYetImplemented("move")};KernelBackend.prototype.createTensorFromGPUData=function(e,t,r){return notYetImplemented("createTensorFromGPUData")};KernelBackend.prototype.memory=function(){return notYetImplemented("memory")};KernelBackend.prototype.floatPrecision=function(){return notYetImplemented("floatPrecision")};KernelBackend.prototype.epsilon=function(){return this.floatPrecision()===32?Sr:Ir};KernelBackend.prototype.dispose=function(){return notYetImplemented("dispose")};return KernelBackend}();function notYetImplemented(e){throw new Error("'".concat(e,"' not yet implemented or not found in the registry. ")+"This kernel may not be supported by the tfjs backend you have chosen")}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function assert(e,t){if(!e){throw new Error(typeof t==="string"?t:t())}}function assertShapesMatch(e,t,r){if(r===void 0){r=""}assert(arraysEqual(e,t),function(){return r+" Shapes ".concat(e," and ").concat(t," must match")})}function sizeFromShape(e){if(e.length===0){return 1}var t=e[0];for(var r=1;r<e.length;r++){t*=e[r]}return t}function arraysEqual(e,t){if(e===t){return true}if(e==null||t==null){return false}if(e.length!==t.length){return false}for(var r=0;r<e.length;r++){if(e[r]!==t[r]){return false}}return true}function isInt(e){return e%1===0}function rightPad(e,t){if(t<=e.length){return e}return e+" ".repeat(t-e.length)}function parseAxisParam(e,t){var r=t.length;e=e==null?t.map(function(e,t){return t}):[].concat(e);assert(e.every(function(e){return e>=-r&&e<r}),function(){return"All values in axis param must be in range [-".concat(r,", ").concat(r,") but ")+"got axis ".concat(e)});assert(e.every(function(e){return isInt(e)}),function(){return"All values in axis param must be integers but "+"got axis ".concat(e)});return e.map(function(e){return e<0?r+e:e})}function getArrayFromDType(e,t){var r=null;if(e==null||e==="float32"){r=new Float32Array(t)}else if(e==="int32"){r=new Int32Array(t)}else if(e==="bool"){r=new Uint8Array(t)}else if(e==="string"){r=new Array(t)}else{throw new Error("Unknown data type ".concat(e))}return r}function checkConversionForErrors(e,t){for(var r=0;r<e.length;r++){var n=e[r];if(isNaN(n)||!isFinite(n)){throw Error("A tensor of type ".concat(t," being uploaded contains ").concat(n,"."))}}}function isValidDtype(e){return e==="bool"||e==="complex64"||e==="float32"||e==="int32"||e==="string"}function bytesPerElement(e){if(e==="float32"||e==="int32"){return 4}else if(e==="complex64"){return 8}else if(e==="bool"){return 1}else{throw new Error("Unknown dtype ".concat(e))}}function bytesFromStringArray(e){if(e==null){return 0}var t=0;e.forEach(function(e){return t+=e.length});return t}function isString(e){return typeof e==="string"||e instanceof String}function isBoolean(e){return typeof e==="boolean"}function isNumber(e){return typeof e==="number"}function inferDtype(e){if(Array.isArray(e)){return inferDtype(e[0])}if(e instanceof Float32Array){return"float32"}else if(e instanceof Int32Array||e instanceof Uint8Array||e instanceof Uint8ClampedArray){return"int32"}else if(isNumber(e)){return"float32"}else if(isString(e)){return"string"}else if(isBoolean(e)){return"bool"}return"float32"}function isFunction(e){return!!(e&&e.constructor&&e.call&&e.apply)}function computeStrides(e){var t=e.length;if(t<2){return[]}var r=new Array(t-1);r[t-2]=e[t-1];for(var n=t-3;n>=0;--n){r[n]=r[n+1]*e[n+1]}return r}function createNestedArray(e,t,r,n){if(n===void 0){n=false}var i=new Array;if(t.length===1){var o=t[0]*(n?2:1);for(var s=0;s<o;s++){i[s]=r[e+s]}}else{var o=t[0];var u=t.slice(1);var l=u.reduce(function(e,t){return e*t})*(n?2:1);for(var s=0;s<o;s++){i[s]=createNestedArray(e+s*l,u,r,n)}}return i}function toNestedArray(e,t,r){if(r===void 0){r=false}if(e.length===0){return t[0]}var n=e.reduce(function(e,t){return e*t})*(r?2:1);if(n===0){return[]}if(n!==t.length){throw new Error("[".concat(e,"] does not match the input size ").concat(t.length).concat(r?" for a complex tensor":"","."))}return createNestedArray(0,e,t,r)}function makeOnesTypedArray(e,t){var r=makeZerosTypedArray(e,t);for(var n=0;n<r.length;n++){r[n]=1}return r}function makeZerosTypedArray(e,t){if(t==null||t==="float32"||t==="complex64"){return new Float32Array(e)}else if(t==="int32"){return new Int32Array(e)}else if(t==="bool"){return new Uint8Array(e)}else{throw new Error("Unknown data type ".concat(t))}}function assertNonNegativeIntegerDimensions(e){e.forEach(function(t){assert(Number.isInteger(t)&&t>=0,function(){return"Tensor must have a shape comprised of positive integers but got "+"shape [".concat(e,"].")})})}function isPromise(e){return e&&e.then&&typeof e.then==="function"}var Tr="tfjsflags";var Ar=function(){function Environment(e){this.global=e;this.flags={};this.flagRegistry={};this.urlFlags={};this.getQueryParams=getQueryParams;this.populateURLFlags()}Environment.prototype.setPlatform=function(e,t){if(this.platform!=null){if(!(env().getBool("IS_TEST")||env().getBool("PROD"))){console.warn("Platform ".concat(this.platformName," has already been set. ")+"Overwriting the platform with ".concat(e,"."))}}this.platformName=e;this.platform=t};Environment.prototype.registerFlag=function(e,t,r){this.flagRegistry[e]={evaluationFn:t,setHook:r};if(this.urlFlags[e]!=null){var n=this.urlFlags[e];if(!(env().getBool("IS_TEST")||env().getBool("PROD"))){console.warn("Setting feature override from URL ".concat(e,": ").concat(n,"."))}this.set(e,n)}};Environment.prototype.getAsync=function(e){return __awaiter(this,void 0,void 0,function(){var t,r;return __generator(this,function(n){switch(n.label){case 0:if(e in this.flags){return[2,this.flags[e]]}t=this.flags;r=e;return[4,this.evaluateFlag(e)];case 1:t[r]=n.sent();return[2,this.flags[e]]}})})};Environment.prototype.get=function(e){if(e in this.flags){return this.flags[e]}var t=this.evaluateFlag(e);if(isPromise(t)){throw new Error("Flag ".concat(e," cannot be synchronously evaluated. ")+"Please use getAsync() instead.")}this.flags[e]=t;return this.flags[e]};Environment.prototype.getNumber=function(e){return this.get(e)};Environment.prototype.getBool=function(e){return this.get(e)};Environment.prototype.getString=function(e){return this.get(e)};Environment.prototype.getFlags=function(){return this.flags};Object.defineProperty(Environment.prototype,"features",{get:function(){return this.flags},enumerable:false,configurable:true});Environment.prototype.set=function(e,t){if(this.flagRegistry[e]==null){throw new Error("Cannot set flag ".concat(e," as it has not been registered."))}this.flags[e]=t;if(this.flagRegistry[e].setHook!=null){this.flagRegistry[e].setHook(t)}};Environment.prototype.evaluateFlag=function(e){if(this.flagRegistry[e]==null){throw new Error("Cannot evaluate flag '".concat(e,"': no evaluation function found."))}return this.flagRegistry[e].evaluationFn()};Environment.prototype.setFlags=function(e){this.flags=Object.assign({},e)};Environment.prototype.reset=function(){this.flags={};this.urlFlags={};this.populateURLFlags()};Environment.prototype.populateURLFlags=function(){var e=this;if(typeof this.global==="undefined"||typeof this.global.location==="undefined"||typeof this.global.location.search==="undefined"){return}var t=this.getQueryParams(this.global.location.search);if(Tr in t){var r=t[Tr].split(",");r.forEach(function(t){var r=__read(t.split(":"),2),n=r[0],i=r[1];e.urlFlags[n]=parseValue(n,i)})}};return Environment}();function getQueryParams(e){var t={};e.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g,function(e){var r=[];for(var n=1;n<arguments.length;n++){r[n-1]=arguments[n]}decodeParam(t,r[0],r[1]);return r.join("=")});return t}function decodeParam(e,t,r){e[decodeURIComponent(t)]=decodeURIComponent(r||"")}function parseValue(e,t){var r=t.toLowerCase();if(r==="true"||r==="false"){return r==="true"}else if("".concat(+r)===r){return+r}else{return t}}function env(){return Cr}var Cr=null;function setEnvironmentGlobal(e){Cr=e}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var zr;function getGlobalNamespace(){if(zr==null){var e=void 0;if(typeof window!=="undefined"){e=window}else if(typeof global!=="undefined"){e=global}else if(typeof process!=="undefined"){e=process}else if(typeof self!=="undefined"){e=self}else{throw new Error("Could not find a global object")}zr=e}return zr}function getGlobalMap(){var e=getGlobalNamespace();if(e._tfGlobals==null){e._tfGlobals=new Map}return e._tfGlobals}function getGlobal(e,t){var r=getGlobalMap();if(r.has(e)){return r.get(e)}else{var n=t();r.set(e,n);return r.get(e)}}function warn(){var e=[];for(var t=0;t<arguments.length;t++){e[t]=arguments[t]}if(!(env().getBool("IS_TEST")||env().getBool("PROD"))){console.warn.apply(console,__spreadArray([],__read(e),false))}}var Dr=getGlobal("kernelRegistry",function(){return new Map});var Er=getGlobal("gradRegistry",function(){return new Map});function getKernel(e,t){var r=makeKey(e,t);return Dr.get(r)}function getGradient(e){return Er.get(e)}function getKernelsForBackend(e){var t=Dr.entries();var r=[];while(true){var n=t.next(),i=n.done,o=n.value;if(i){break}var s=__read(o,2),u=s[0],l=s[1];var c=__read(u.split("_"),1),p=c[0];if(p===e){r.push(l)}}return r}function registerGradient(e){var t=e.kernelName;if(Er.has(t)){if(env().getBool("DEBUG")){warn("Overriding the gradient for '".concat(t,"'"))}}Er.set(t,e)}function makeKey(e,t){return"".concat(t,"_").concat(e)}
/**
 * @license
 * Copyright 2023 Google LLC.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function isTypedArrayBrowser(e){return e instanceof Float32Array||e instanceof Int32Array||e instanceof Uint8Array||e instanceof Uint8ClampedArray}var Fr=typeof globalThis!=="undefined"?globalThis:typeof window!=="undefined"?window:typeof global!=="undefined"?global:typeof self!=="undefined"?self:{};function getDefaultExportFromCjs(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e["default"]:e}function getAugmentedNamespace(e){if(e.__esModule)return e;var t=e.default;if(typeof t=="function"){var r=function a(){if(this instanceof a){var e=[null];e.push.apply(e,arguments);var r=Function.bind.apply(t,e);return new r}return t.apply(this,arguments)};r.prototype=t.prototype}else r={};Object.defineProperty(r,"__esModule",{value:true});Object.keys(e).forEach(function(t){var n=Object.getOwnPropertyDescriptor(e,t);Object.defineProperty(r,t,n.get?n:{enumerable:true,get:function(){return e[t]}})});return r}var Mr=Long$1;var Rr=null;try{Rr=new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0,97,115,109,1,0,0,0,1,13,2,96,0,1,127,96,4,127,127,127,127,1,127,3,7,6,0,1,1,1,1,1,6,6,1,127,1,65,0,11,7,50,6,3,109,117,108,0,1,5,100,105,118,95,115,0,2,5,100,105,118,95,117,0,3,5,114,101,109,95,115,0,4,5,114,101,109,95,117,0,5,8,103,101,116,95,104,105,103,104,0,0,10,191,1,6,4,0,35,0,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,126,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,127,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,128,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,129,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,130,34,4,66,32,135,167,36,0,32,4,167,11])),{}).exports}catch(e){}function Long$1(e,t,r){this.low=e|0;this.high=t|0;this.unsigned=!!r}Long$1.prototype.__isLong__;Object.defineProperty(Long$1.prototype,"__isLong__",{value:true});function isLong(e){return(e&&e["__isLong__"])===true}Long$1.isLong=isLong;var Lr={};var Or={};function fromInt(e,t){var r,n,i;if(t){e>>>=0;if(i=0<=e&&e<256){n=Or[e];if(n)return n}r=fromBits(e,(e|0)<0?-1:0,true);if(i)Or[e]=r;return r}else{e|=0;if(i=-128<=e&&e<128){n=Lr[e];if(n)return n}r=fromBits(e,e<0?-1:0,false);if(i)Lr[e]=r;return r}}Long$1.fromInt=fromInt;function fromNumber(e,t){if(isNaN(e))return t?Kr:qr;if(t){if(e<0)return Kr;if(e>=Gr)return Xr}else{if(e<=-Vr)return Yr;if(e+1>=Vr)return Zr}if(e<0)return fromNumber(-e,t).neg();return fromBits(e%Ur|0,e/Ur|0,t)}Long$1.fromNumber=fromNumber;function fromBits(e,t,r){return new Long$1(e,t,r)}Long$1.fromBits=fromBits;var Pr=Math.pow;function fromString(e,t,r){if(e.length===0)throw Error("empty string");if(e==="NaN"||e==="Infinity"||e==="+Infinity"||e==="-Infinity")return qr;if(typeof t==="number"){r=t,t=false}else{t=!!t}r=r||10;if(r<2||36<r)throw RangeError("radix");var n;if((n=e.indexOf("-"))>0)throw Error("interior hyphen");else if(n===0){return fromString(e.substring(1),t,r).neg()}var i=fromNumber(Pr(r,8));var o=qr;for(var s=0;s<e.length;s+=8){var u=Math.min(8,e.length-s),l=parseInt(e.substring(s,s+u),r);if(u<8){var c=fromNumber(Pr(r,u));o=o.mul(c).add(fromNumber(l))}else{o=o.mul(i);o=o.add(fromNumber(l))}}o.unsigned=t;return o}Long$1.fromString=fromString;function fromValue(e,t){if(typeof e==="number")return fromNumber(e,t);if(typeof e==="string")return fromString(e,t);return fromBits(e.low,e.high,typeof t==="boolean"?t:e.unsigned)}Long$1.fromValue=fromValue;var Br=1<<16;var Wr=1<<24;var Ur=Br*Br;var Gr=Ur*Ur;var Vr=Gr/2;var jr=fromInt(Wr);var qr=fromInt(0);Long$1.ZERO=qr;var Kr=fromInt(0,true);Long$1.UZERO=Kr;var Hr=fromInt(1);Long$1.ONE=Hr;var $r=fromInt(1,true);Long$1.UONE=$r;var Jr=fromInt(-1);Long$1.NEG_ONE=Jr;var Zr=fromBits(4294967295|0,2147483647|0,false);Long$1.MAX_VALUE=Zr;var Xr=fromBits(4294967295|0,4294967295|0,true);Long$1.MAX_UNSIGNED_VALUE=Xr;var Yr=fromBits(0,2147483648|0,false);Long$1.MIN_VALUE=Yr;var Qr=Long$1.prototype;Qr.toInt=function toInt(){return this.unsigned?this.low>>>0:this.low};Qr.toNumber=function toNumber(){if(this.unsigned)return(this.high>>>0)*Ur+(this.low>>>0);return this.high*Ur+(this.low>>>0)};Qr.toString=function toString(e){e=e||10;if(e<2||36<e)throw RangeError("radix");if(this.isZero())return"0";if(this.isNegative()){if(this.eq(Yr)){var t=fromNumber(e),r=this.div(t),n=r.mul(t).sub(this);return r.toString(e)+n.toInt().toString(e)}else return"-"+this.neg().toString(e)}var i=fromNumber(Pr(e,6),this.unsigned),o=this;var s="";while(true){var u=o.div(i),l=o.sub(u.mul(i)).toInt()>>>0,c=l.toString(e);o=u;if(o.isZero())return c+s;else{while(c.length<6)c="0"+c;s=""+c+s}}};Qr.getHighBits=function getHighBits(){return this.high};Qr.getHighBitsUnsigned=function getHighBitsUnsigned(){return this.high>>>0};Qr.getLowBits=function getLowBits(){return this.low};Qr.getLowBitsUnsigned=function getLowBitsUnsigned(){return this.low>>>0};Qr.getNumBitsAbs=function getNumBitsAbs(){if(this.isNegative())return this.eq(Yr)?64:this.neg().getNumBitsAbs();var e=this.high!=0?this.high:this.low;for(var t=31;t>0;t--)if((e&1<<t)!=0)break;return this.high!=0?t+33:t+1};Qr.isZero=function isZero(){return this.high===0&&this.low===0};Qr.eqz=Qr.isZero;Qr.isNegative=function isNegative(){return!this.unsigned&&this.high<0};Qr.isPositive=function isPositive(){return this.unsigned||this.high>=0};Qr.isOdd=function isOdd(){return(this.low&1)===1};Qr.isEven=function isEven(){return(this.low&1)===0};Qr.equals=function equals(e){if(!isLong(e))e=fromValue(e);if(this.unsigned!==e.unsigned&&this.high>>>31===1&&e.high>>>31===1)return false;return this.high===e.high&&this.low===e.low};Qr.eq=Qr.equals;Qr.notEquals=function notEquals(e){return!this.eq(e)};Qr.neq=Qr.notEquals;Qr.ne=Qr.notEquals;Qr.lessThan=function lessThan(e){return this.comp(e)<0};Qr.lt=Qr.lessThan;Qr.lessThanOrEqual=function lessThanOrEqual(e){return this.comp(e)<=0};Qr.lte=Qr.lessThanOrEqual;Qr.le=Qr.lessThanOrEqual;Qr.greaterThan=function greaterThan(e){return this.comp(e)>0};Qr.gt=Qr.greaterThan;Qr.greaterThanOrEqual=function greaterThanOrEqual(e){return this.comp(e)>=0};Qr.gte=Qr.greaterThanOrEqual;Qr.ge=Qr.greaterThanOrEqual;Qr.compare=function compare(e){if(!isLong(e))e=fromValue(e);if(this.eq(e))return 0;var t=this.isNegative(),r=e.isNegative();if(t&&!r)return-1;if(!t&&r)return 1;if(!this.unsigned)return this.sub(e).isNegative()?-1:1;return e.high>>>0>this.high>>>0||e.high===this.high&&e.low>>>0>this.low>>>0?-1:1};Qr.comp=Qr.compare;Qr.negate=function negate(){if(!this.unsigned&&this.eq(Yr))return Yr;return this.not().add(Hr)};Qr.neg=Qr.negate;Qr.add=function add(e){if(!isLong(e))e=fromValue(e);var t=this.high>>>16;var r=this.high&65535;var n=this.low>>>16;var i=this.low&65535;var o=e.high>>>16;var s=e.high&65535;var u=e.low>>>16;var l=e.low&65535;var c=0,p=0,f=0,d=0;d+=i+l;f+=d>>>16;d&=65535;f+=n+u;p+=f>>>16;f&=65535;p+=r+s;c+=p>>>16;p&=65535;c+=t+o;c&=65535;return fromBits(f<<16|d,c<<16|p,this.unsigned)};Qr.subtract=function subtract(e){if(!isLong(e))e=fromValue(e);return this.add(e.neg())};Qr.sub=Qr.subtract;Qr.multiply=function multiply(e){if(this.isZero())return qr;if(!isLong(e))e=fromValue(e);if(Rr){var t=Rr.mul(this.low,this.high,e.low,e.high);return fromBits(t,Rr.get_high(),this.unsigned)}if(e.isZero())return qr;if(this.eq(Yr))return e.isOdd()?Yr:qr;if(e.eq(Yr))return this.isOdd()?Yr:qr;if(this.isNegative()){if(e.isNegative())return this.neg().mul(e.neg());else return this.neg().mul(e).neg()}else if(e.isNegative())return this.mul(e.neg()).neg();if(this.lt(jr)&&e.lt(jr))return fromNumber(this.toNumber()*e.toNumber(),this.unsigned);var r=this.high>>>16;var n=this.high&65535;var i=this.low>>>16;var o=this.low&65535;var s=e.high>>>16;var u=e.high&65535;var l=e.low>>>16;var c=e.low&65535;var p=0,f=0,d=0,h=0;h+=o*c;d+=h>>>16;h&=65535;d+=i*c;f+=d>>>16;d&=65535;d+=o*l;f+=d>>>16;d&=65535;f+=n*c;p+=f>>>16;f&=65535;f+=i*l;p+=f>>>16;f&=65535;f+=o*u;p+=f>>>16;f&=65535;p+=r*c+n*l+i*u+o*s;p&=65535;return fromBits(d<<16|h,p<<16|f,this.unsigned)};Qr.mul=Qr.multiply;Qr.divide=function divide(e){if(!isLong(e))e=fromValue(e);if(e.isZero())throw Error("division by zero");if(Rr){if(!this.unsigned&&this.high===-2147483648&&e.low===-1&&e.high===-1){return this}var t=(this.unsigned?Rr.div_u:Rr.div_s)(this.low,this.high,e.low,e.high);return fromBits(t,Rr.get_high(),this.unsigned)}if(this.isZero())return this.unsigned?Kr:qr;var r,n,i;if(!this.unsigned){if(this.eq(Yr)){if(e.eq(Hr)||e.eq(Jr))return Yr;else if(e.eq(Yr))return Hr;else{var o=this.shr(1);r=o.div(e).shl(1);if(r.eq(qr)){return e.isNegative()?Hr:Jr}else{n=this.sub(e.mul(r));i=r.add(n.div(e));return i}}}else if(e.eq(Yr))return this.unsigned?Kr:qr;if(this.isNegative()){if(e.isNegative())return this.neg().div(e.neg());return this.neg().div(e).neg()}else if(e.isNegative())return this.div(e.neg()).neg();i=qr}else{if(!e.unsigned)e=e.toUnsigned();if(e.gt(this))return Kr;if(e.gt(this.shru(1)))return $r;i=Kr}n=this;while(n.gte(e)){r=Math.max(1,Math.floor(n.toNumber()/e.toNumber()));var s=Math.ceil(Math.log(r)/Math.LN2),u=s<=48?1:Pr(2,s-48),l=fromNumber(r),c=l.mul(e);while(c.isNegative()||c.gt(n)){r-=u;l=fromNumber(r,this.unsigned);c=l.mul(e)}if(l.isZero())l=Hr;i=i.add(l);n=n.sub(c)}return i};Qr.div=Qr.divide;Qr.modulo=function modulo(e){if(!isLong(e))e=fromValue(e);if(Rr){var t=(this.unsigned?Rr.rem_u:Rr.rem_s)(this.low,this.high,e.low,e.high);return fromBits(t,Rr.get_high(),this.unsigned)}return this.sub(this.div(e).mul(e))};Qr.mod=Qr.modulo;Qr.rem=Qr.modulo;Qr.not=function not(){return fromBits(~this.low,~this.high,this.unsigned)};Qr.and=function and(e){if(!isLong(e))e=fromValue(e);return fromBits(this.low&e.low,this.high&e.high,this.unsigned)};Qr.or=function or(e){if(!isLong(e))e=fromValue(e);return fromBits(this.low|e.low,this.high|e.high,this.unsigned)};Qr.xor=function xor(e){if(!isLong(e))e=fromValue(e);return fromBits(this.low^e.low,this.high^e.high,this.unsigned)};Qr.shiftLeft=function shiftLeft(e){if(isLong(e))e=e.toInt();if((e&=63)===0)return this;else if(e<32)return fromBits(this.low<<e,this.high<<e|this.low>>>32-e,this.unsigned);else return fromBits(0,this.low<<e-32,this.unsigned)};Qr.shl=Qr.shiftLeft;Qr.shiftRight=function shiftRight(e){if(isLong(e))e=e.toInt();if((e&=63)===0)return this;else if(e<32)return fromBits(this.low>>>e|this.high<<32-e,this.high>>e,this.unsigned);else return fromBits(this.high>>e-32,this.high>=0?0:-1,this.unsigned)};Qr.shr=Qr.shiftRight;Qr.shiftRightUnsigned=function shiftRightUnsigned(e){if(isLong(e))e=e.toInt();e&=63;if(e===0)return this;else{var t=this.high;if(e<32){var r=this.low;return fromBits(r>>>e|t<<32-e,t>>>e,this.unsigned)}else if(e===32)return fromBits(t,0,this.unsigned);else return fromBits(t>>>e-32,0,this.unsigned)}};Qr.shru=Qr.shiftRightUnsigned;Qr.shr_u=Qr.shiftRightUnsigned;Qr.toSigned=function toSigned(){if(!this.unsigned)return this;return fromBits(this.low,this.high,false)};Qr.toUnsigned=function toUnsigned(){if(this.unsigned)return this;return fromBits(this.low,this.high,true)};Qr.toBytes=function toBytes(e){return e?this.toBytesLE():this.toBytesBE()};Qr.toBytesLE=function toBytesLE(){var e=this.high,t=this.low;return[t&255,t>>>8&255,t>>>16&255,t>>>24,e&255,e>>>8&255,e>>>16&255,e>>>24]};Qr.toBytesBE=function toBytesBE(){var e=this.high,t=this.low;return[e>>>24,e>>>16&255,e>>>8&255,e&255,t>>>24,t>>>16&255,t>>>8&255,t&255]};Long$1.fromBytes=function fromBytes(e,t,r){return r?Long$1.fromBytesLE(e,t):Long$1.fromBytesBE(e,t)};Long$1.fromBytesLE=function fromBytesLE(e,t){return new Long$1(e[0]|e[1]<<8|e[2]<<16|e[3]<<24,e[4]|e[5]<<8|e[6]<<16|e[7]<<24,t)};Long$1.fromBytesBE=function fromBytesBE(e,t){return new Long$1(e[4]<<24|e[5]<<16|e[6]<<8|e[7],e[0]<<24|e[1]<<16|e[2]<<8|e[3],t)};var en=getDefaultExportFromCjs(Mr);var tn=_mergeNamespaces({__proto__:null,default:en},[Mr]);var rn=en||tn;function hexToLong(e){return rn.fromString(e,true,16)}hexToLong("c3a5c85c97cb3127");hexToLong("b492b66fbe98f273");hexToLong("9ae16a3b2f90404f");function noConversionNeeded(e,t){return e instanceof Float32Array&&t==="float32"||e instanceof Int32Array&&t==="int32"||e instanceof Uint8Array&&t==="bool"}function toTypedArray(e,t){if(t==="string"){throw new Error("Cannot convert a string[] to a TypedArray")}if(Array.isArray(e)){e=flatten$1(e)}if(env().getBool("DEBUG")){checkConversionForErrors(e,t)}if(noConversionNeeded(e,t)){return e}if(t==null||t==="float32"||t==="complex64"){return new Float32Array(e)}else if(t==="int32"){return new Int32Array(e)}else if(t==="bool"){var r=new Uint8Array(e.length);for(var n=0;n<r.length;++n){if(Math.round(e[n])!==0){r[n]=1}}return r}else{throw new Error("Unknown data type ".concat(t))}}function now(){return env().platform.now()}function encodeString(e,t){if(t===void 0){t="utf-8"}t=t||"utf-8";return env().platform.encode(e,t)}function decodeString(e,t){if(t===void 0){t="utf-8"}t=t||"utf-8";return env().platform.decode(e,t)}function isTypedArray(e){if(env().platform.isTypedArray!=null){return env().platform.isTypedArray(e)}else{return isTypedArrayBrowser(e)}}function flatten$1(e,t,r){var n,i;if(t===void 0){t=[]}if(r===void 0){r=false}if(t==null){t=[]}if(typeof e==="boolean"||typeof e==="number"||typeof e==="string"||isPromise(e)||e==null||isTypedArray(e)&&r){t.push(e)}else if(Array.isArray(e)||isTypedArray(e)){for(var o=0;o<e.length;++o){flatten$1(e[o],t,r)}}else{var s=-1;try{for(var u=__values(Object.keys(e)),l=u.next();!l.done;l=u.next()){var c=l.value;if(/^([1-9]+[0-9]*|0)$/.test(c)){s=Math.max(s,Number(c))}}}catch(e){n={error:e}}finally{try{if(l&&!l.done&&(i=u.return))i.call(u)}finally{if(n)throw n.error}}for(var o=0;o<=s;o++){flatten$1(e[o],t,r)}}return t}var nn=function(){function Profiler(e,t){this.backendTimer=e;this.logger=t;if(t==null){this.logger=new an}}Profiler.prototype.profileKernel=function(e,t,r){var n,i;var o;var holdResultWrapperFn=function(){o=r()};var s;var u=now();if(this.backendTimer.timerAvailable()){s=this.backendTimer.time(holdResultWrapperFn)}else{holdResultWrapperFn();try{for(var l=__values(o),c=l.next();!c.done;c=l.next()){var p=c.value;p.dataSync()}}catch(e){n={error:e}}finally{try{if(c&&!c.done&&(i=l.return))i.call(l)}finally{if(n)throw n.error}}s=Promise.resolve({kernelMs:now()-u})}if(env().getBool("CHECK_COMPUTATION_FOR_ERRORS")){var _loop_1=function(t){var r=o[t];r.data().then(function(t){checkComputationForErrors(t,r.dtype,e)})};for(var f=0;f<o.length;f++){_loop_1(f)}}var d={kernelName:e,outputs:o,inputs:t,timeMs:s.then(function(e){return e.kernelMs}),extraInfo:s.then(function(e){return e.getExtraProfileInfo!=null?e.getExtraProfileInfo():""})};return d};Profiler.prototype.logKernelProfile=function(e){var t=this;var r=e.kernelName,n=e.outputs,i=e.timeMs,o=e.inputs,s=e.extraInfo;n.forEach(function(e){Promise.all([e.data(),i,s]).then(function(n){t.logger.logKernelProfile(r,e,n[0],n[1],o,n[2])})})};return Profiler}();function checkComputationForErrors(e,t,r){if(t!=="float32"){return false}for(var n=0;n<e.length;n++){var i=e[n];if(isNaN(i)||!isFinite(i)){console.warn("Found ".concat(i," in the result of '").concat(r,"'"));return true}}return false}var an=function(){function Logger(){}Logger.prototype.logKernelProfile=function(e,t,r,n,i,o){var s=typeof n==="number"?rightPad("".concat(n,"ms"),9):n["error"];var u=rightPad(e,25);var l=t.rank;var c=t.size;var p=rightPad(t.shape.toString(),14);var f="";for(var d in i){var h=i[d];if(h!=null){var v=h.shape||t.shape;var g=v.length;f+="".concat(d,": ").concat(g,"D ").concat(g>0?v:""," ")}}console.log("%c".concat(u,"\t%c").concat(s,"\t%c").concat(l,"D ").concat(p,"\t%c").concat(c,"\t%c").concat(f,"\t%c").concat(o),"font-weight:bold","color:red","color:blue","color: orange","color: green","color: steelblue")};return Logger}();
/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function getFilteredNodesXToY(e,t,r){var n={};var i={};for(var o=0;o<t.length;o++){n[t[o].id]=true}for(var o=0;o<e.length;o++){var s=e[o];var u=s.inputs;for(var l in u){var c=u[l];var p=false;for(var f=0;f<t.length;f++){if(n[c.id]){s.outputs.forEach(function(e){return n[e.id]=true});p=true;i[s.id]=true;break}}if(p){break}}}var d={};d[r.id]=true;var h={};for(var o=e.length-1;o>=0;o--){var s=e[o];var u=s.inputs;for(var f=0;f<s.outputs.length;f++){if(d[s.outputs[f].id]){for(var l in u){d[u[l].id]=true;h[s.id]=true}break}}}var v=[];for(var o=0;o<e.length;o++){var s=e[o];if(i[s.id]&&h[s.id]){var g={};for(var l in s.inputs){var m=s.inputs[l];if(n[m.id]){g[l]=m}}var y=Object.assign({},s);y.inputs=g;y.outputs=s.outputs;v.push(y)}}return v}function backpropagateGradients(e,t,r,n){var _loop_1=function(i){var o=t[i];var s=[];o.outputs.forEach(function(t){var r=e[t.id];if(r!=null){s.push(r)}else{s.push(null)}});if(o.gradient==null){throw new Error("Cannot compute gradient: gradient function not found "+"for ".concat(o.kernelName,"."))}var u=o.gradient(s);var _loop_2=function(t){if(!(t in u)){throw new Error("Cannot backprop through input ".concat(t,". ")+"Available gradients found: ".concat(Object.keys(u),"."))}var i=r(function(){return u[t]()});if(i.dtype!=="float32"){throw new Error("Error in gradient for op ".concat(o.kernelName,". The gradient of input ")+"".concat(t," must have 'float32' dtype, but has '").concat(i.dtype,"'"))}var s=o.inputs[t];if(!arraysEqual(i.shape,s.shape)){throw new Error("Error in gradient for op ".concat(o.kernelName,". The gradient of input ")+"'".concat(t,"' has shape '").concat(i.shape,"', which does not match ")+"the shape of the input '".concat(s.shape,"'"))}if(e[s.id]==null){e[s.id]=i}else{var l=e[s.id];e[s.id]=n(l,i);l.dispose()}};for(var l in o.inputs){_loop_2(l)}};for(var i=t.length-1;i>=0;i--){_loop_1(i)}}var on=20;var sn=3;var un=7;function tensorToString(e,t,r,n){var i=computeStrides(t);var o=computeMaxSizePerColumn(e,t,r,i);var s=t.length;var u=subTensorToString(e,t,r,i,o);var l=["Tensor"];if(n){l.push("  dtype: ".concat(r));l.push("  rank: ".concat(s));l.push("  shape: [".concat(t,"]"));l.push("  values:")}l.push(u.map(function(e){return"    "+e}).join("\n"));return l.join("\n")}function computeMaxSizePerColumn(e,t,r,n){var i=sizeFromShape(t);var o=n[n.length-1];var s=new Array(o).fill(0);var u=t.length;var l=r==="complex64"?createComplexTuples(e):e;if(u>1){for(var c=0;c<i/o;c++){var p=c*o;for(var f=0;f<o;f++){s[f]=Math.max(s[f],valToString(l[p+f],0,r).length)}}}return s}function valToString(e,t,r){var n;if(Array.isArray(e)){n="".concat(parseFloat(e[0].toFixed(un))," + ")+"".concat(parseFloat(e[1].toFixed(un)),"j")}else if(isString(e)){n="'".concat(e,"'")}else if(r==="bool"){n=boolNumToString(e)}else{n=parseFloat(e.toFixed(un)).toString()}return rightPad(n,t)}function boolNumToString(e){return e===0?"false":"true"}function subTensorToString(e,t,r,n,i,o){if(o===void 0){o=true}var s=r==="complex64"?2:1;var u=t[0];var l=t.length;if(l===0){if(r==="complex64"){var c=createComplexTuples(e);return[valToString(c[0],0,r)]}if(r==="bool"){return[boolNumToString(e[0])]}return[e[0].toString()]}if(l===1){if(u>on){var p=sn*s;var f=Array.from(e.slice(0,p));var d=Array.from(e.slice((u-sn)*s,u*s));if(r==="complex64"){f=createComplexTuples(f);d=createComplexTuples(d)}return["["+f.map(function(e,t){return valToString(e,i[t],r)}).join(", ")+", ..., "+d.map(function(e,t){return valToString(e,i[u-sn+t],r)}).join(", ")+"]"]}var h=r==="complex64"?createComplexTuples(e):Array.from(e);return["["+h.map(function(e,t){return valToString(e,i[t],r)}).join(", ")+"]"]}var v=t.slice(1);var g=n.slice(1);var m=n[0]*s;var y=[];if(u>on){for(var b=0;b<sn;b++){var k=b*m;var w=k+m;y.push.apply(y,__spreadArray([],__read(subTensorToString(e.slice(k,w),v,r,g,i,false)),false))}y.push("...");for(var b=u-sn;b<u;b++){var k=b*m;var w=k+m;y.push.apply(y,__spreadArray([],__read(subTensorToString(e.slice(k,w),v,r,g,i,b===u-1)),false))}}else{for(var b=0;b<u;b++){var k=b*m;var w=k+m;y.push.apply(y,__spreadArray([],__read(subTensorToString(e.slice(k,w),v,r,g,i,b===u-1)),false))}}var _=l===2?",":"";y[0]="["+(u>0?y[0]+_:"");for(var b=1;b<y.length-1;b++){y[b]=" "+y[b]+_}var x=",\n";for(var b=2;b<l;b++){x+="\n"}y[y.length-1]=" "+y[y.length-1]+"]"+(o?"":x);return y}function createComplexTuples(e){var t=[];for(var r=0;r<e.length;r+=2){t.push([e[r],e[r+1]])}return t}(function(){function TensorBuffer(e,t,r){var n=this;this.dtype=t;this.shape=e.slice();this.size=sizeFromShape(e);if(r!=null){var i=r.length;assert(i===this.size,function(){return"Length of values '".concat(i,"' does not match the size ")+"inferred by the shape '".concat(n.size,"'.")})}if(t==="complex64"){throw new Error("complex64 dtype TensorBuffers are not supported. Please create "+"a TensorBuffer for the real and imaginary parts separately and "+"call tf.complex(real, imag).")}this.values=r||getArrayFromDType(t,this.size);this.strides=computeStrides(e)}TensorBuffer.prototype.set=function(e){var t=this;var r=[];for(var n=1;n<arguments.length;n++){r[n-1]=arguments[n]}if(r.length===0){r=[0]}assert(r.length===this.rank,function(){return"The number of provided coordinates (".concat(r.length,") must ")+"match the rank (".concat(t.rank,")")});var i=this.locToIndex(r);this.values[i]=e};TensorBuffer.prototype.get=function(){var e,t;var r=[];for(var n=0;n<arguments.length;n++){r[n]=arguments[n]}if(r.length===0){r=[0]}var i=0;try{for(var o=__values(r),s=o.next();!s.done;s=o.next()){var u=s.value;if(u<0||u>=this.shape[i]){var l="Requested out of range element at ".concat(r,". ")+"  Buffer shape=".concat(this.shape);throw new Error(l)}i++}}catch(t){e={error:t}}finally{try{if(s&&!s.done&&(t=o.return))t.call(o)}finally{if(e)throw e.error}}var c=r[r.length-1];for(var p=0;p<r.length-1;++p){c+=this.strides[p]*r[p]}return this.values[c]};TensorBuffer.prototype.locToIndex=function(e){if(this.rank===0){return 0}else if(this.rank===1){return e[0]}var t=e[e.length-1];for(var r=0;r<e.length-1;++r){t+=this.strides[r]*e[r]}return t};TensorBuffer.prototype.indexToLoc=function(e){if(this.rank===0){return[]}else if(this.rank===1){return[e]}var t=new Array(this.shape.length);for(var r=0;r<t.length-1;++r){t[r]=Math.floor(e/this.strides[r]);e-=t[r]*this.strides[r]}t[t.length-1]=e;return t};Object.defineProperty(TensorBuffer.prototype,"rank",{get:function(){return this.shape.length},enumerable:false,configurable:true});TensorBuffer.prototype.toTensor=function(){return ln().makeTensor(this.values,this.shape,this.dtype)};return TensorBuffer})();var ln=null;var cn=null;function setTensorTracker(e){ln=e}var pn=function(){function Tensor(e,t,r,n){this.kept=false;this.isDisposedInternal=false;this.shape=e.slice();this.dtype=t||"float32";this.size=sizeFromShape(e);this.strides=computeStrides(e);this.dataId=r;this.id=n;this.rankType=this.rank<5?this.rank.toString():"higher"}Object.defineProperty(Tensor.prototype,"rank",{get:function(){return this.shape.length},enumerable:false,configurable:true});Tensor.prototype.buffer=function(){return __awaiter(this,void 0,void 0,function(){var e;return __generator(this,function(t){switch(t.label){case 0:return[4,this.data()];case 1:e=t.sent();return[2,cn.buffer(this.shape,this.dtype,e)]}})})};Tensor.prototype.bufferSync=function(){return cn.buffer(this.shape,this.dtype,this.dataSync())};Tensor.prototype.array=function(){return __awaiter(this,void 0,void 0,function(){var e;return __generator(this,function(t){switch(t.label){case 0:return[4,this.data()];case 1:e=t.sent();return[2,toNestedArray(this.shape,e,this.dtype==="complex64")]}})})};Tensor.prototype.arraySync=function(){return toNestedArray(this.shape,this.dataSync(),this.dtype==="complex64")};Tensor.prototype.data=function(){return __awaiter(this,void 0,void 0,function(){var e,t;return __generator(this,function(r){switch(r.label){case 0:this.throwIfDisposed();e=ln().read(this.dataId);if(!(this.dtype==="string"))return[3,2];return[4,e];case 1:t=r.sent();try{return[2,t.map(function(e){return decodeString(e)})]}catch(e){throw new Error("Failed to decode the string bytes into utf-8. "+"To get the original bytes, call tensor.bytes().")}r.label=2;case 2:return[2,e]}})})};Tensor.prototype.dataToGPU=function(e){this.throwIfDisposed();return ln().readToGPU(this.dataId,e)};Tensor.prototype.dataSync=function(){this.throwIfDisposed();var e=ln().readSync(this.dataId);if(this.dtype==="string"){try{return e.map(function(e){return decodeString(e)})}catch(e){throw new Error("Failed to decode the string bytes into utf-8. "+"To get the original bytes, call tensor.bytes().")}}return e};Tensor.prototype.bytes=function(){return __awaiter(this,void 0,void 0,function(){var e;return __generator(this,function(t){switch(t.label){case 0:this.throwIfDisposed();return[4,ln().read(this.dataId)];case 1:e=t.sent();if(this.dtype==="string"){return[2,e]}else{return[2,new Uint8Array(e.buffer)]}}})})};Tensor.prototype.dispose=function(){if(this.isDisposed){return}if(this.kerasMask){this.kerasMask.dispose()}ln().disposeTensor(this);this.isDisposedInternal=true};Object.defineProperty(Tensor.prototype,"isDisposed",{get:function(){return this.isDisposedInternal},enumerable:false,configurable:true});Tensor.prototype.throwIfDisposed=function(){if(this.isDisposed){throw new Error("Tensor is disposed.")}};Tensor.prototype.print=function(e){if(e===void 0){e=false}return cn.print(this,e)};Tensor.prototype.clone=function(){this.throwIfDisposed();return cn.clone(this)};Tensor.prototype.toString=function(e){if(e===void 0){e=false}var t=this.dataSync();return tensorToString(t,this.shape,this.dtype,e)};Tensor.prototype.cast=function(e){this.throwIfDisposed();return cn.cast(this,e)};Tensor.prototype.variable=function(e,t,r){if(e===void 0){e=true}this.throwIfDisposed();return ln().makeVariable(this,e,t,r)};return Tensor}();Object.defineProperty(pn,Symbol.hasInstance,{value:function(e){return!!e&&e.data!=null&&e.dataSync!=null&&e.throwIfDisposed!=null}});function getGlobalTensorClass(){return getGlobal("Tensor",function(){return pn})}getGlobalTensorClass();var fn=function(e){__extends(Variable,e);function Variable(t,r,n,i){var o=e.call(this,t.shape,t.dtype,t.dataId,i)||this;o.trainable=r;o.name=n;return o}Variable.prototype.assign=function(e){if(e.dtype!==this.dtype){throw new Error("dtype of the new value (".concat(e.dtype,") and ")+"previous value (".concat(this.dtype,") must match"))}if(!arraysEqual(e.shape,this.shape)){throw new Error("shape of the new value (".concat(e.shape,") and ")+"previous value (".concat(this.shape,") must match"))}ln().disposeTensor(this);this.dataId=e.dataId;ln().incRef(this,null)};Variable.prototype.dispose=function(){ln().disposeVariable(this);this.isDisposedInternal=true};return Variable}(pn);Object.defineProperty(fn,Symbol.hasInstance,{value:function(e){return e instanceof pn&&e.assign!=null&&e.assign instanceof Function}});
/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var dn;(function(e){e["R0"]="R0";e["R1"]="R1";e["R2"]="R2";e["R3"]="R3";e["R4"]="R4";e["R5"]="R5";e["R6"]="R6"})(dn||(dn={}));var hn;(function(e){e["float32"]="float32";e["int32"]="int32";e["bool"]="int32";e["complex64"]="complex64"})(hn||(hn={}));var vn;(function(e){e["float32"]="float32";e["int32"]="int32";e["bool"]="bool";e["complex64"]="complex64"})(vn||(vn={}));var gn;(function(e){e["float32"]="float32";e["int32"]="float32";e["bool"]="float32";e["complex64"]="complex64"})(gn||(gn={}));var mn;(function(e){e["float32"]="complex64";e["int32"]="complex64";e["bool"]="complex64";e["complex64"]="complex64"})(mn||(mn={}));var yn={float32:gn,int32:hn,bool:vn,complex64:mn};function upcastType(e,t){if(e==="string"||t==="string"){if(e==="string"&&t==="string"){return"string"}throw new Error("Can not upcast ".concat(e," with ").concat(t))}return yn[e][t]}function isWebGLData(e){return e!=null&&typeof e==="object"&&"texture"in e&&e.texture instanceof WebGLTexture}function isWebGPUData(e){return typeof GPUBuffer!=="undefined"&&e!=null&&typeof e==="object"&&"buffer"in e&&e.buffer instanceof GPUBuffer}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function makeTypesMatch(e,t){if(e.dtype===t.dtype){return[e,t]}var r=upcastType(e.dtype,t.dtype);return[e.cast(r),t.cast(r)]}function getTensorsInContainer(e){var t=[];var r=new Set;walkTensorContainer(e,t,r);return t}function walkTensorContainer(e,t,r){if(e==null){return}if(e instanceof pn){t.push(e);return}if(!isIterable(e)){return}var n=e;for(var i in n){var o=n[i];if(!r.has(o)){r.add(o);walkTensorContainer(o,t,r)}}}function isIterable(e){return Array.isArray(e)||typeof e==="object"}function isRegisteredKernelInvocation(e){return e.kernelName!=null}var bn=function(){function EngineState(){this.registeredVariables={};this.nextTapeNodeId=0;this.numBytes=0;this.numTensors=0;this.numStringTensors=0;this.numDataBuffers=0;this.gradientDepth=0;this.kernelDepth=0;this.scopeStack=[];this.numDataMovesStack=[];this.nextScopeId=0;this.tensorInfo=new WeakMap;this.profiling=false;this.activeProfile={newBytes:0,newTensors:0,peakBytes:0,kernels:[],result:null,get kernelNames(){return Array.from(new Set(this.kernels.map(function(e){return e.name})))}}}EngineState.prototype.dispose=function(){for(var e in this.registeredVariables){this.registeredVariables[e].dispose()}};return EngineState}();var kn=function(){function Engine(e){this.ENV=e;this.registry={};this.registryFactory={};this.pendingBackendInitId=0;this.state=new bn}Engine.prototype.ready=function(){return __awaiter(this,void 0,void 0,function(){var e,t,r,n;return __generator(this,function(i){switch(i.label){case 0:if(this.pendingBackendInit!=null){return[2,this.pendingBackendInit.then(function(){})]}if(this.backendInstance!=null){return[2]}e=this.getSortedBackends();t=0;i.label=1;case 1:if(!(t<e.length))return[3,5];r=e[t];return[4,this.initializeBackend(r).success];case 2:n=i.sent();if(!n)return[3,4];return[4,this.setBackend(r)];case 3:i.sent();return[2];case 4:t++;return[3,1];case 5:throw new Error("Could not initialize any backends, all backend initializations "+"failed.")}})})};Object.defineProperty(Engine.prototype,"backend",{get:function(){if(this.pendingBackendInit!=null){throw new Error("Backend '".concat(this.backendName,"' has not yet been initialized. Make ")+"sure to await tf.ready() or await tf.setBackend() before calling "+"other methods")}if(this.backendInstance==null){var e=this.initializeBackendsAndReturnBest(),t=e.name,r=e.asyncInit;if(r){throw new Error("The highest priority backend '".concat(t,"' has not yet been ")+"initialized. Make sure to await tf.ready() or "+"await tf.setBackend() before calling other methods")}this.setBackend(t)}return this.backendInstance},enumerable:false,configurable:true});Engine.prototype.backendNames=function(){return Object.keys(this.registryFactory)};Engine.prototype.findBackend=function(e){if(!(e in this.registry)){if(e in this.registryFactory){var t=this.initializeBackend(e).asyncInit;if(t){return null}}else{return null}}return this.registry[e]};Engine.prototype.findBackendFactory=function(e){if(!(e in this.registryFactory)){return null}return this.registryFactory[e].factory};Engine.prototype.registerBackend=function(e,t,r){if(r===void 0){r=1}if(e in this.registryFactory){warn("".concat(e," backend was already registered. ")+"Reusing existing backend factory.");return false}this.registryFactory[e]={factory:t,priority:r};return true};Engine.prototype.setBackend=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n,i,o;return __generator(this,function(s){switch(s.label){case 0:if(this.registryFactory[e]==null){throw new Error("Backend name '".concat(e,"' not found in registry"))}this.backendName=e;if(!(this.registry[e]==null))return[3,4];this.backendInstance=null;t=this.initializeBackend(e),r=t.success,n=t.asyncInit;if(!n)return[3,2];return[4,r];case 1:o=s.sent();return[3,3];case 2:o=r;s.label=3;case 3:i=o;if(!i){return[2,false]}s.label=4;case 4:this.backendInstance=this.registry[e];this.setupRegisteredKernels();this.profiler=new nn(this.backendInstance);return[2,true]}})})};Engine.prototype.setupRegisteredKernels=function(){var e=this;var t=getKernelsForBackend(this.backendName);t.forEach(function(t){if(t.setupFunc!=null){t.setupFunc(e.backendInstance)}})};Engine.prototype.disposeRegisteredKernels=function(e){var t=this;var r=getKernelsForBackend(e);r.forEach(function(r){if(r.disposeFunc!=null){r.disposeFunc(t.registry[e])}})};Engine.prototype.initializeBackend=function(e){var t=this;var r=this.registryFactory[e];if(r==null){throw new Error("Cannot initialize backend ".concat(e,", no registration found."))}try{var n=r.factory();if(n&&!(n instanceof Nr)&&typeof n.then==="function"){var i=++this.pendingBackendInitId;var o=n.then(function(r){if(i<t.pendingBackendInitId){return false}t.registry[e]=r;t.pendingBackendInit=null;return true}).catch(function(r){if(i<t.pendingBackendInitId){return false}t.pendingBackendInit=null;warn("Initialization of backend ".concat(e," failed"));warn(r.stack||r.message);return false});this.pendingBackendInit=o;return{success:o,asyncInit:true}}else{this.registry[e]=n;return{success:true,asyncInit:false}}}catch(t){warn("Initialization of backend ".concat(e," failed"));warn(t.stack||t.message);return{success:false,asyncInit:false}}};Engine.prototype.removeBackend=function(e){if(!(e in this.registryFactory)){throw new Error("".concat(e," backend not found in registry"))}if(this.backendName===e&&this.pendingBackendInit!=null){this.pendingBackendInitId++}if(e in this.registry){this.disposeRegisteredKernels(e);this.registry[e].dispose();delete this.registry[e]}delete this.registryFactory[e];if(this.backendName===e){this.pendingBackendInit=null;this.backendName=null;this.backendInstance=null}};Engine.prototype.getSortedBackends=function(){var e=this;if(Object.keys(this.registryFactory).length===0){throw new Error("No backend found in registry.")}return Object.keys(this.registryFactory).sort(function(t,r){return e.registryFactory[r].priority-e.registryFactory[t].priority})};Engine.prototype.initializeBackendsAndReturnBest=function(){var e=this.getSortedBackends();for(var t=0;t<e.length;t++){var r=e[t];var n=this.initializeBackend(r),i=n.success,o=n.asyncInit;if(o||i){return{name:r,asyncInit:o}}}throw new Error("Could not initialize any backends, all backend initializations "+"failed.")};Engine.prototype.moveData=function(e,t){var r=this.state.tensorInfo.get(t);var n=r.backend;var i=this.readSync(t);var o=n.refCount(t);n.disposeData(t,true);r.backend=e;e.move(t,i,r.shape,r.dtype,o);if(this.shouldCheckForMemLeaks()){this.state.numDataMovesStack[this.state.numDataMovesStack.length-1]++}};Engine.prototype.tidy=function(e,t){var r=this;var n=null;if(t==null){if(typeof e!=="function"){throw new Error("Please provide a function to tidy()")}t=e}else{if(typeof e!=="string"&&!(e instanceof String)){throw new Error("When calling with two arguments, the first argument "+"to tidy() must be a string")}if(typeof t!=="function"){throw new Error("When calling with two arguments, the 2nd argument "+"to tidy() must be a function")}n=e}var i;return this.scopedRun(function(){return r.startScope(n)},function(){return r.endScope(i)},function(){i=t();if(i instanceof Promise){console.error("Cannot return a Promise inside of tidy.")}return i})};Engine.prototype.scopedRun=function(e,t,r){e();try{var n=r();t();return n}catch(e){t();throw e}};Engine.prototype.nextTensorId=function(){return Engine.nextTensorId++};Engine.prototype.nextVariableId=function(){return Engine.nextVariableId++};Engine.prototype.clone=function(e){var t=wn.runKernel(it,{x:e});var r={x:e};var grad=function(e){return{x:function(){var t="float32";var r={x:e};var n={dtype:t};return wn.runKernel(_e,r,n)}}};var n=[];this.addTapeNode(this.state.activeScope.name,r,[t],grad,n,{});return t};Engine.prototype.runKernel=function(e,t,r){if(this.backendName==null){this.backend}var n=getKernel(e,this.backendName)!=null;if(!n){throw new Error("Kernel '".concat(e,"' not registered for backend '").concat(this.backendName,"'"))}return this.runKernelFunc({kernelName:e,inputs:t,attrs:r})};Engine.prototype.shouldCheckForMemLeaks=function(){return this.ENV.getBool("IS_TEST")};Engine.prototype.checkKernelForMemLeak=function(e,t,r){var n=this.backend.numDataIds();var i=0;r.forEach(function(e){i+=e.dtype==="complex64"?3:1});var o=this.state.numDataMovesStack[this.state.numDataMovesStack.length-1];var s=n-t-i-o;if(s>0){throw new Error("Backend '".concat(this.backendName,"' has an internal memory leak ")+"(".concat(s," data ids) after running '").concat(e,"'"))}};Engine.prototype.runKernelFunc=function(e){var t=this;var r;var n=[];var i=this.isTapeOn();var o=this.state.numBytes;var s=this.state.numTensors;if(this.shouldCheckForMemLeaks()){this.state.numDataMovesStack.push(0)}var u;if(this.backendName==null){this.backend}var l;var c=isRegisteredKernelInvocation(e)?e.kernelName:this.state.activeScope!=null?this.state.activeScope.name:"";if(isRegisteredKernelInvocation(e)){var p=e.kernelName,f=e.inputs,d=e.attrs;if(this.backendName==null){this.backend}var h=getKernel(p,this.backendName);assert(h!=null,function(){return"Cannot find registered kernel '".concat(p,"' for backend '").concat(t.backendName,"'")});u=function(){var e=t.backend.numDataIds();l=h.kernelFunc({inputs:f,attrs:d,backend:t.backend});var r=Array.isArray(l)?l:[l];if(t.shouldCheckForMemLeaks()){t.checkKernelForMemLeak(p,e,r)}var o=r.map(function(e){if(e.rank!=null){return e}return t.makeTensorFromTensorInfo(e)});if(i){var s=t.getTensorsForGradient(p,f,o);n=t.saveTensorsForBackwardMode(s)}return o}}else{var v=e.forwardFunc;var saveFunc_1=function(e){if(!i){return}n=e.map(function(e){return t.keep(t.clone(e))})};u=function(){var e=t.backend.numDataIds();l=t.tidy(function(){return v(t.backend,saveFunc_1)});var r=Array.isArray(l)?l:[l];if(t.shouldCheckForMemLeaks()){t.checkKernelForMemLeak(c,e,r)}return r}}var g=e.inputs,m=e.attrs;var y=isRegisteredKernelInvocation(e)?null:e.backwardsFunc;var b;this.scopedRun(function(){return t.state.kernelDepth++},function(){return t.state.kernelDepth--},function(){if(!t.ENV.getBool("DEBUG")&&!t.state.profiling){r=u()}else{b=t.profiler.profileKernel(c,g,function(){return u()});if(t.ENV.getBool("DEBUG")){t.profiler.logKernelProfile(b)}r=b.outputs}});if(i){this.addTapeNode(c,g,r,y,n,m)}if(this.state.profiling){this.state.activeProfile.kernels.push({name:c,bytesAdded:this.state.numBytes-o,totalBytesSnapshot:this.state.numBytes,tensorsAdded:this.state.numTensors-s,totalTensorsSnapshot:this.state.numTensors,inputShapes:Object.keys(g).map(function(e){return g[e]!=null?g[e].shape:null}),outputShapes:r.map(function(e){return e.shape}),kernelTimeMs:b.timeMs,extraInfo:b.extraInfo})}return Array.isArray(l)?r:r[0]};Engine.prototype.saveTensorsForBackwardMode=function(e){var t=this;var r=e.map(function(e){return t.keep(t.clone(e))});return r};Engine.prototype.getTensorsForGradient=function(e,t,r){var n=getGradient(e);if(n!=null){var i=n.inputsToSave||[];var o=n.outputsToSave||[];var s=void 0;if(n.saveAllInputs){assert(Array.isArray(t),function(){return"saveAllInputs is true, expected inputs to be an array."});s=Object.keys(t).map(function(e){return t[e]})}else{s=i.map(function(e){return t[e]})}var u=r.filter(function(e,t){return o[t]});return s.concat(u)}return[]};Engine.prototype.makeTensor=function(e,t,r,n){if(e==null){throw new Error("Values passed to engine.makeTensor() are null")}r=r||"float32";n=n||this.backend;var i=e;if(r==="string"&&isString(e[0])){i=e.map(function(e){return encodeString(e)})}var o=n.write(i,t,r);var s=new pn(t,r,o,this.nextTensorId());this.trackTensor(s,n);if(r==="string"){var u=this.state.tensorInfo.get(o);var l=bytesFromStringArray(i);this.state.numBytes+=l-u.bytes;u.bytes=l}return s};Engine.prototype.makeTensorFromDataId=function(e,t,r,n){r=r||"float32";var i={dataId:e,shape:t,dtype:r};return this.makeTensorFromTensorInfo(i,n)};Engine.prototype.makeTensorFromTensorInfo=function(e,t){var r=e.dataId,n=e.shape,i=e.dtype;var o=new pn(n,i,r,this.nextTensorId());this.trackTensor(o,t);return o};Engine.prototype.makeVariable=function(e,t,r,n){if(t===void 0){t=true}r=r||this.nextVariableId().toString();if(n!=null&&n!==e.dtype){e=e.cast(n)}var i=new fn(e,t,r,this.nextTensorId());if(this.state.registeredVariables[i.name]!=null){throw new Error("Variable with name ".concat(i.name," was already registered"))}this.state.registeredVariables[i.name]=i;this.incRef(i,this.backend);return i};Engine.prototype.trackTensor=function(e,t){this.state.numTensors++;if(e.dtype==="string"){this.state.numStringTensors++}var r=0;if(e.dtype!=="complex64"&&e.dtype!=="string"){r=e.size*bytesPerElement(e.dtype)}this.state.numBytes+=r;if(!this.state.tensorInfo.has(e.dataId)){this.state.numDataBuffers++;this.state.tensorInfo.set(e.dataId,{backend:t||this.backend,dtype:e.dtype,shape:e.shape,bytes:r})}if(!(e instanceof fn)){this.track(e)}};Engine.prototype.incRef=function(e,t){this.trackTensor(e,t);this.backend.incRef(e.dataId)};Engine.prototype.removeDataId=function(e,t){if(this.state.tensorInfo.has(e)&&this.state.tensorInfo.get(e).backend===t){this.state.tensorInfo.delete(e);this.state.numDataBuffers--}};Engine.prototype.disposeTensor=function(e){if(!this.state.tensorInfo.has(e.dataId)){return}var t=this.state.tensorInfo.get(e.dataId);this.state.numTensors--;if(e.dtype==="string"){this.state.numStringTensors--;this.state.numBytes-=t.bytes}if(e.dtype!=="complex64"&&e.dtype!=="string"){var r=e.size*bytesPerElement(e.dtype);this.state.numBytes-=r}if(t.backend.disposeData(e.dataId)){this.removeDataId(e.dataId,t.backend)}};Engine.prototype.disposeVariables=function(){for(var e in this.state.registeredVariables){var t=this.state.registeredVariables[e];this.disposeVariable(t)}};Engine.prototype.disposeVariable=function(e){this.disposeTensor(e);if(this.state.registeredVariables[e.name]!=null){delete this.state.registeredVariables[e.name]}};Engine.prototype.memory=function(){var e=this.backend.memory();e.numTensors=this.state.numTensors;e.numDataBuffers=this.state.numDataBuffers;e.numBytes=this.state.numBytes;if(this.state.numStringTensors>0){e.unreliable=true;if(e.reasons==null){e.reasons=[]}e.reasons.push("Memory usage by string tensors is approximate "+"(2 bytes per character)")}return e};Engine.prototype.profile=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n,i,o,s,u,l,c;var p,f;return __generator(this,function(d){switch(d.label){case 0:this.state.profiling=true;t=this.state.numBytes;r=this.state.numTensors;this.state.activeProfile.kernels=[];n=this.state.activeProfile;return[4,e()];case 1:n.result=d.sent();this.state.profiling=false;this.state.activeProfile.peakBytes=Math.max.apply(Math,__spreadArray([],__read(this.state.activeProfile.kernels.map(function(e){return e.totalBytesSnapshot})),false));this.state.activeProfile.newBytes=this.state.numBytes-t;this.state.activeProfile.newTensors=this.state.numTensors-r;d.label=2;case 2:d.trys.push([2,8,9,10]);i=__values(this.state.activeProfile.kernels),o=i.next();d.label=3;case 3:if(!!o.done)return[3,7];s=o.value;u=s;return[4,s.kernelTimeMs];case 4:u.kernelTimeMs=d.sent();l=s;return[4,s.extraInfo];case 5:l.extraInfo=d.sent();d.label=6;case 6:o=i.next();return[3,3];case 7:return[3,10];case 8:c=d.sent();p={error:c};return[3,10];case 9:try{if(o&&!o.done&&(f=i.return))f.call(i)}finally{if(p)throw p.error}return[7];case 10:return[2,this.state.activeProfile]}})})};Engine.prototype.isTapeOn=function(){return this.state.gradientDepth>0&&this.state.kernelDepth===0};Engine.prototype.addTapeNode=function(e,t,r,n,i,o){var s=this;var u={id:this.state.nextTapeNodeId++,kernelName:e,inputs:t,outputs:r,saved:i};var l=getGradient(e);if(l!=null){n=l.gradFunc}if(n!=null){u.gradient=function(e){e=e.map(function(e,t){if(e==null){var n=r[t];var i=makeZerosTypedArray(n.size,n.dtype);return s.makeTensor(i,n.shape,n.dtype)}return e});return n(e.length>1?e:e[0],i,o)}}this.state.activeTape.push(u)};Engine.prototype.keep=function(e){e.kept=true;return e};Engine.prototype.startTape=function(){if(this.state.gradientDepth===0){this.state.activeTape=[]}this.state.gradientDepth++};Engine.prototype.endTape=function(){this.state.gradientDepth--};Engine.prototype.startScope=function(e){var t={track:[],name:"unnamed scope",id:this.state.nextScopeId++};if(e){t.name=e}this.state.scopeStack.push(t);this.state.activeScope=t};Engine.prototype.endScope=function(e){var t=this;var r=getTensorsInContainer(e);var n=new Set(r.map(function(e){return e.id}));for(var i=0;i<this.state.activeScope.track.length;i++){var o=this.state.activeScope.track[i];if(!o.kept&&!n.has(o.id)){o.dispose()}}var s=this.state.scopeStack.pop();this.state.activeScope=this.state.scopeStack.length===0?null:this.state.scopeStack[this.state.scopeStack.length-1];r.forEach(function(e){if(!e.kept&&e.scopeId===s.id){t.track(e)}})};Engine.prototype.gradients=function(e,t,r,n){var i=this;if(n===void 0){n=false}assert(t.length>0,function(){return"gradients() received an empty list of xs."});if(r!=null&&r.dtype!=="float32"){throw new Error("dy must have 'float32' dtype, but has '".concat(r.dtype,"'"))}var o=this.scopedRun(function(){return i.startTape()},function(){return i.endTape()},function(){return i.tidy("forward",e)});assert(o instanceof pn,function(){return"The result y returned by f() must be a tensor."});var s=getFilteredNodesXToY(this.state.activeTape,t,o);if(!n&&s.length===0&&t.length>0){throw new Error("Cannot compute gradient of y=f(x) with respect to x. Make sure "+"that the f you passed encloses all operations that lead from x "+"to y.")}return this.tidy("backward",function(){var e={};e[o.id]=r==null?ones$2(o.shape):r;backpropagateGradients(e,s,function(e){return i.tidy(e)},add$2);var n=t.map(function(t){return e[t.id]});if(i.state.gradientDepth===0){i.state.activeTape.forEach(function(e){var t,r;try{for(var n=__values(e.saved),i=n.next();!i.done;i=n.next()){var o=i.value;o.dispose()}}catch(e){t={error:e}}finally{try{if(i&&!i.done&&(r=n.return))r.call(n)}finally{if(t)throw t.error}}});i.state.activeTape=null}return{value:o,grads:n}})};Engine.prototype.customGrad=function(e){var t=this;assert(isFunction(e),function(){return"The f passed in customGrad(f) must be a function."});return function(){var r=[];for(var n=0;n<arguments.length;n++){r[n]=arguments[n]}assert(r.every(function(e){return e instanceof pn}),function(){return"The args passed in customGrad(f)(x1, x2,...) must all be "+"tensors"});var i;var o={};r.forEach(function(e,t){o[t]=e});var forwardFunc=function(t,n){i=e.apply(void 0,__spreadArray([],__read(__spreadArray(__spreadArray([],__read(r),false),[n],false)),false));assert(i.value instanceof pn,function(){return"The function f passed in customGrad(f) must return an "+"object where `obj.value` is a tensor"});assert(isFunction(i.gradFunc),function(){return"The function f passed in customGrad(f) must return an "+"object where `obj.gradFunc` is a function."});return i.value};var backwardsFunc=function(e,t){var n=i.gradFunc(e,t);var o=Array.isArray(n)?n:[n];assert(o.length===r.length,function(){return"The function f passed in customGrad(f) must return an "+"object where `obj.gradFunc` is a function that returns "+"the same number of tensors as inputs passed to f(...)."});assert(o.every(function(e){return e instanceof pn}),function(){return"The function f passed in customGrad(f) must return an "+"object where `obj.gradFunc` is a function that returns "+"a list of only tensors."});var s={};o.forEach(function(e,t){s[t]=function(){return e}});return s};return t.runKernelFunc({forwardFunc:forwardFunc,backwardsFunc:backwardsFunc,inputs:o})}};Engine.prototype.readSync=function(e){var t=this.state.tensorInfo.get(e);return t.backend.readSync(e)};Engine.prototype.read=function(e){var t=this.state.tensorInfo.get(e);return t.backend.read(e)};Engine.prototype.readToGPU=function(e,t){var r=this.state.tensorInfo.get(e);return r.backend.readToGPU(e,t)};Engine.prototype.time=function(e){return __awaiter(this,void 0,void 0,function(){var t,r;return __generator(this,function(n){switch(n.label){case 0:t=now();return[4,this.backend.time(e)];case 1:r=n.sent();r.wallMs=now()-t;return[2,r]}})})};Engine.prototype.track=function(e){if(this.state.activeScope!=null){e.scopeId=this.state.activeScope.id;this.state.activeScope.track.push(e)}return e};Object.defineProperty(Engine.prototype,"registeredVariables",{get:function(){return this.state.registeredVariables},enumerable:false,configurable:true});Engine.prototype.reset=function(){this.pendingBackendInitId++;this.state.dispose();this.ENV.reset();this.state=new bn;for(var e in this.registry){this.disposeRegisteredKernels(e);this.registry[e].dispose();delete this.registry[e]}this.backendName=null;this.backendInstance=null;this.pendingBackendInit=null};return Engine}();kn.nextTensorId=0;kn.nextVariableId=0;function ones$2(e){var t=makeOnesTypedArray(sizeFromShape(e),"float32");return wn.makeTensor(t,e,"float32")}function getOrMakeEngine(){var e=getGlobalNamespace();if(e._tfengine==null){var t=new Ar(e);e._tfengine=new kn(t)}setEnvironmentGlobal(e._tfengine.ENV);setTensorTracker(function(){return e._tfengine});return e._tfengine}var wn=getOrMakeEngine();function add$2(e,t){var r={a:e,b:t};return wn.runKernel(oe,r)}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function inferShape(e,t){var r=e;if(isTypedArray(e)){return t==="string"?[]:[e.length]}if(isWebGLData(e)){var n=e.channels||"RGBA";return[e.height,e.width*n.length]}else if(isWebGPUData(e)){return[e.buffer.size/(t==null?4:bytesPerElement(t))]}if(!Array.isArray(e)){return[]}var i=[];while(Array.isArray(r)||isTypedArray(r)&&t!=="string"){i.push(r.length);r=r[0]}if(Array.isArray(e)&&env().getBool("TENSORLIKE_CHECK_SHAPE_CONSISTENCY")){deepAssertShapeConsistency(e,i,[])}return i}function deepAssertShapeConsistency(e,t,r){r=r||[];if(!Array.isArray(e)&&!isTypedArray(e)){assert(t.length===0,function(){return"Element arr[".concat(r.join("]["),"] is a primitive, ")+"but should be an array/TypedArray of ".concat(t[0]," elements")});return}assert(t.length>0,function(){return"Element arr[".concat(r.join("]["),"] should be a primitive, ")+"but is an array of ".concat(e.length," elements")});assert(e.length===t[0],function(){return"Element arr[".concat(r.join("]["),"] should have ").concat(t[0]," ")+"elements, but has ".concat(e.length," elements")});var n=t.slice(1);for(var i=0;i<e.length;++i){deepAssertShapeConsistency(e[i],n,r.concat(i))}}function assertDtype(e,t,r,n){if(e==="string_or_numeric"){return}if(e==null){throw new Error("Expected dtype cannot be null.")}if(e!=="numeric"&&e!==t||e==="numeric"&&t==="string"){throw new Error("Argument '".concat(r,"' passed to '").concat(n,"' must ")+"be ".concat(e," tensor, but got ").concat(t," tensor"))}}function convertToTensor(e,t,r,n){if(n===void 0){n="numeric"}if(e instanceof getGlobalTensorClass()){assertDtype(n,e.dtype,t,r);return e}var i=inferDtype(e);if(i!=="string"&&["bool","int32","float32"].indexOf(n)>=0){i=n}assertDtype(n,i,t,r);if(e==null||!isTypedArray(e)&&!Array.isArray(e)&&typeof e!=="number"&&typeof e!=="boolean"&&typeof e!=="string"){var o=e==null?"null":e.constructor.name;throw new Error("Argument '".concat(t,"' passed to '").concat(r,"' must be a ")+"Tensor or TensorLike, but got '".concat(o,"'"))}var s=inferShape(e,i);if(!isTypedArray(e)&&!Array.isArray(e)){e=[e]}var u=true;var l=i!=="string"?toTypedArray(e,i):flatten$1(e,[],u);return wn.makeTensor(l,s,i)}function convertToTensorArray(e,t,r,n){if(n===void 0){n="numeric"}if(!Array.isArray(e)){throw new Error("Argument ".concat(t," passed to ").concat(r," must be a ")+"`Tensor[]` or `TensorLike[]`")}var i=e;return i.map(function(e,i){return convertToTensor(e,"".concat(t,"[").concat(i,"]"),r,n)})}var _n="__op";function op(e){var t=Object.keys(e);if(t.length!==1){throw new Error("Please provide an object with a single key "+"(operation name) mapping to a function. Got an object with "+"".concat(t.length," keys."))}var r=t[0];var n=e[r];if(r.endsWith("_")){r=r.substring(0,r.length-1)}r=r+_n;var f2=function(){var e=[];for(var t=0;t<arguments.length;t++){e[t]=arguments[t]}wn.startScope(r);try{var i=n.apply(void 0,__spreadArray([],__read(e),false));if(isPromise(i)){console.error("Cannot return a Promise inside of tidy.")}wn.endScope(i);return i}catch(e){wn.endScope(null);throw e}};Object.defineProperty(f2,"name",{value:r,configurable:true});return f2}
/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function cast_(e,t){var r=convertToTensor(e,"x","cast");if(!isValidDtype(t)){throw new Error("Failed to cast to unknown dtype ".concat(t))}if(t==="string"&&r.dtype!=="string"||t!=="string"&&r.dtype==="string"){throw new Error("Only strings can be casted to strings")}var n={x:r};var i={dtype:t};return wn.runKernel(_e,n,i)}var xn=op({cast_:cast_});function mul_(e,t){var r;var n=convertToTensor(e,"a","mul");var i=convertToTensor(t,"b","mul");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];var o={a:n,b:i};return wn.runKernel(Dt,o)}var Sn=op({mul_:mul_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function step_(e,t){if(t===void 0){t=0}var r=convertToTensor(e,"x","step");var n={x:r};var i={alpha:t};return wn.runKernel(xr,n,i)}var In=op({step_:step_});var Nn={kernelName:ne,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(e,In(xn(n,"float32"),-1))}}}};function floorDiv_(e,t){var r;var n=convertToTensor(e,"a","floorDiv");var i=convertToTensor(t,"b","floorDiv");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];var o={a:n,b:i};return wn.runKernel(et,o)}var Tn=op({floorDiv_:floorDiv_});function div_(e,t){var r;var n=convertToTensor(e,"a","div");var i=convertToTensor(t,"b","div");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];if(n.dtype==="int32"&&i.dtype==="int32"){return Tn(n,i)}var o={a:n,b:i};var s={};return wn.runKernel(je,o,s)}var An=op({div_:div_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function neg_(e){var t=convertToTensor(e,"x","neg");var r={x:t};return wn.runKernel(Et,r)}var Cn=op({neg_:neg_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function makeTensor(e,t,r,n){if(n==null){n=inferDtype(e)}else if(n==="complex64"){throw new Error("Cannot construct a complex64 tensor directly. "+"Please use tf.complex(real, imag).")}if(isWebGPUData(e)||isWebGLData(e)){if(n!=="float32"&&n!=="int32"){throw new Error("Creating tensor from GPU data only supports "+"'float32'|'int32' dtype, while the dtype is ".concat(n,"."))}return wn.backend.createTensorFromGPUData(e,t||r,n)}if(!isTypedArray(e)&&!Array.isArray(e)&&typeof e!=="number"&&typeof e!=="boolean"&&typeof e!=="string"){throw new Error("values passed to tensor(values) must be a number/boolean/string or "+"an array of numbers/booleans/strings, or a TypedArray")}if(t!=null){assertNonNegativeIntegerDimensions(t);var i=sizeFromShape(t);var o=sizeFromShape(r);assert(i===o,function(){return"Based on the provided shape, [".concat(t,"], the tensor should have ")+"".concat(i," values but has ").concat(o)});for(var s=0;s<r.length;++s){var u=r[s];var l=s===r.length-1?u!==sizeFromShape(t.slice(s)):true;assert(r[s]===t[s]||!l,function(){return"Error creating a new Tensor. Inferred shape "+"(".concat(r,") does not match the provided ")+"shape (".concat(t,"). ")})}}if(!isTypedArray(e)&&!Array.isArray(e)){e=[e]}t=t||r;e=n!=="string"?toTypedArray(e,n):flatten$1(e,[],true);return wn.makeTensor(e,t,n)}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function scalar(e,t){if((isTypedArray(e)&&t!=="string"||Array.isArray(e))&&t!=="complex64"){throw new Error("Error creating a new Scalar: value must be a primitive "+"(number|boolean|string)")}if(t==="string"&&isTypedArray(e)&&!(e instanceof Uint8Array)){throw new Error("When making a scalar from encoded string, "+"the value must be `Uint8Array`.")}var r=[];var n=[];return makeTensor(e,r,n,t)}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sqrt_(e){var t=convertToTensor(e,"x","sqrt","float32");var r={x:t};return wn.runKernel(ur,r)}var zn=op({sqrt_:sqrt_});
/**
 * @license
 * Copyright 2019 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function square_(e){var t=convertToTensor(e,"x","square");var r={};return wn.runKernel("Square",{x:t},r)}var Dn=op({square_:square_});function sub_(e,t){var r;var n=convertToTensor(e,"a","sub");var i=convertToTensor(t,"b","sub");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];var o={a:n,b:i};return wn.runKernel(vr,o)}var En=op({sub_:sub_});var Fn={kernelName:ae,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){var t=Dn(xn(n,"float32"));var r=zn(En(scalar(1),t));return Cn(An(e,r))}}}};var Mn={kernelName:ie,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){var t=zn(En(Dn(xn(n,"float32")),1));return An(e,t)}}}};
/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function getReductionAxes(e,t){var r=[];for(var n=0;n<t.length;n++){var i=e[e.length-n-1];var o=t.length-n-1;var s=t[o];if(i==null||i===1&&s>1){r.unshift(o)}}return r}function assertAndGetBroadcastShape(e,t){var r=Math.max(e.length,t.length);var n=new Array(r);for(var i=0;i<r;i++){var o=e[e.length-i-1];if(o==null){o=1}var s=t[t.length-i-1];if(s==null){s=1}if(o===1){n[r-i-1]=s}else if(s===1){n[r-i-1]=o}else if(o!==s){var u="Operands could not be broadcast together with shapes "+"".concat(e," and ").concat(t,".");throw Error(u)}else{n[r-i-1]=o}}return n}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function reshape_(e,t){var r=convertToTensor(e,"x","reshape","string_or_numeric");var n={x:r};var i={shape:t};return wn.runKernel(Vt,n,i)}var Rn=op({reshape_:reshape_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sum_(e,t,r){if(t===void 0){t=null}if(r===void 0){r=false}var n=convertToTensor(e,"x","sum");if(n.dtype==="bool"){n=xn(n,"int32")}var i={x:n};var o={axis:t,keepDims:r};return wn.runKernel(lr,i,o)}var Ln=op({sum_:sum_});var On={kernelName:oe,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=assertAndGetBroadcastShape(n.shape,i.shape);var derA=function(){var t=e;var r=getReductionAxes(n.shape,o);if(r.length>0){t=Ln(t,r)}return Rn(t,n.shape)};var derB=function(){var t=e;var r=getReductionAxes(i.shape,o);if(r.length>0){t=Ln(t,r)}return Rn(t,i.shape)};return{a:derA,b:derB}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Pn={kernelName:se,saveAllInputs:true,gradFunc:function(e,t){var r={};t.forEach(function(t,n){r[n]=function(){return e.clone()}});return r}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function zerosLike_(e){var t=convertToTensor(e,"x","zerosLike");var r={x:t};return wn.runKernel(_r,r)}var Bn=op({zerosLike_:zerosLike_});var Wn={kernelName:ue,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Bn(n)}}}};var Un={kernelName:le,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Bn(n)}}}};var Gn={kernelName:ce,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return An(e,zn(En(scalar(1),Dn(xn(n,"float32")))))}}}};function add_(e,t){var r;var n=convertToTensor(e,"a","add");var i=convertToTensor(t,"b","add");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];var o={a:n,b:i};return wn.runKernel(oe,o)}var Vn=op({add_:add_});var jn={kernelName:pe,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){var t=zn(Vn(scalar(1),Dn(xn(n,"float32"))));return An(e,t)}}}};var qn={kernelName:he,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=assertAndGetBroadcastShape(n.shape,i.shape);var derA=function(){var t=Vn(Dn(n),Dn(i));var r=Sn(e,An(i,t));var s=getReductionAxes(n.shape,o);if(s.length>0){r=Ln(r,s)}return Rn(r,n.shape)};var derB=function(){var t=Vn(Dn(n),Dn(i));var r=Cn(Sn(e,An(n,t)));var s=getReductionAxes(i.shape,o);if(s.length>0){r=Ln(r,s)}return Rn(r,i.shape)};return{a:derA,b:derB}}};var Kn={kernelName:fe,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return An(e,Vn(Dn(xn(n,"float32")),1))}}}};var Hn={kernelName:de,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return An(e,En(scalar(1),Dn(xn(n,"float32"))))}}}};function parseTupleParam(e){if(typeof e==="number"){return[e,e,e]}if(e.length===2){return[e[0],e[1],1]}return e}function tupleValuesAreOne(e){var t=__read(parseTupleParam(e),3),r=t[0],n=t[1],i=t[2];return r===1&&n===1&&i===1}function eitherStridesOrDilationsAreOne(e,t){return tupleValuesAreOne(e)||tupleValuesAreOne(t)}function stridesOrDilationsArePositive(e){return parseTupleParam(e).every(function(e){return e>0})}function checkPadOnDimRoundingMode(e,t,r){if(r!=null){if(typeof t==="string"){throw Error("Error in ".concat(e,": pad must be an integer when using ")+"dimRoundingMode ".concat(r," but got pad ").concat(t,"."))}else if(typeof t==="number"){assert(isInt(t),function(){return"Error in ".concat(e,": pad must be an integer when using ")+"dimRoundingMode ".concat(r," but got pad ").concat(t,".")})}else if(typeof t==="object"){t.forEach(function(t){t.forEach(function(t){assert(isInt(t),function(){return"Error in ".concat(e,": pad must be an integer when using ")+"dimRoundingMode ".concat(r," but got pad ").concat(t,".")})})})}else{throw Error("Error in ".concat(e,": Unknown padding parameter: ").concat(t))}}}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function avgPool3dGrad_(e,t,r,n,i,o){var s=convertToTensor(e,"dy","avgPool3dGrad");var u=convertToTensor(t,"input","avgPool3dGrad");var l=s;var c=u;var p=false;if(u.rank===4){p=true;l=Rn(s,[1,s.shape[0],s.shape[1],s.shape[2],s.shape[3]]);c=Rn(u,[1,u.shape[0],u.shape[1],u.shape[2],u.shape[3]])}assert(l.rank===5,function(){return"Error in avgPool3dGrad: dy must be rank 5 but got rank "+"".concat(l.rank,".")});assert(c.rank===5,function(){return"Error in avgPool3dGrad: input must be rank 5 but got rank "+"".concat(c.rank,".")});checkPadOnDimRoundingMode("avgPool3dGrad",i,o);var f={dy:l,input:c};var d={filterSize:r,strides:n,pad:i,dimRoundingMode:o};var h=wn.runKernel(ye,f,d);if(p){return Rn(h,[h.shape[1],h.shape[2],h.shape[3],h.shape[4]])}return h}var $n=op({avgPool3dGrad_:avgPool3dGrad_});var Jn={kernelName:me,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.filterSize,s=r.strides,u=r.pad,l=r.dimRoundingMode;return{x:function(){return $n(e,i,o,s,u,l)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function avgPoolGrad_(e,t,r,n,i){var o=convertToTensor(e,"dy","avgPoolGrad");var s=convertToTensor(t,"input","avgPoolGrad");assert(s.rank===o.rank,function(){return"Rank of input (".concat(s.rank,") does not match rank of dy (").concat(o.rank,")")});var u=s;var l=o;var c=false;if(s.rank===3){c=true;u=Rn(s,[1,s.shape[0],s.shape[1],s.shape[2]]);l=Rn(o,[1,o.shape[0],o.shape[1],o.shape[2]])}assert(l.rank===4,function(){return"Error in avgPoolGrad: dy must be rank 4 but got rank "+"".concat(l.rank,".")});assert(u.rank===4,function(){return"Error in avgPoolGrad: input must be rank 4 but got rank "+"".concat(u.rank,".")});var p={dy:l,input:u};var f={filterSize:r,strides:n,pad:i};var d=wn.runKernel(ge,p,f);if(c){return Rn(d,[d.shape[1],d.shape[2],d.shape[3]])}return d}var Zn=op({avgPoolGrad_:avgPoolGrad_});var Xn={kernelName:ve,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.filterSize,s=r.strides,u=r.pad;return{x:function(){return Zn(e,i,o,s,u)}}}};function matMul_(e,t,r,n){var i;if(r===void 0){r=false}if(n===void 0){n=false}var o=convertToTensor(e,"a","matMul");var s=convertToTensor(t,"b","matMul");i=__read(makeTypesMatch(o,s),2),o=i[0],s=i[1];var u={a:o,b:s};var l={transposeA:r,transposeB:n};return wn.runKernel(be,u,l)}var Yn=op({matMul_:matMul_});var Qn={kernelName:be,inputsToSave:["a","b"],gradFunc:function(e,t,r){var n=__read(t,2),i=n[0],o=n[1];var s=r.transposeA,u=r.transposeB;if(!s&&!u){return{a:function(){return Yn(e,o,false,true)},b:function(){return Yn(i,e,true,false)}}}else if(!s&&u){return{a:function(){return Yn(e,o,false,false)},b:function(){return Yn(e,i,true,false)}}}else if(s&&!u){return{a:function(){return Yn(o,e,false,true)},b:function(){return Yn(i,e,false,false)}}}else{return{a:function(){return Yn(o,e,true,true)},b:function(){return Yn(e,i,true,true)}}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function spaceToBatchND_(e,t,r){var n=convertToTensor(e,"x","spaceToBatchND");assert(n.rank>=1+t.length,function(){return"input rank ".concat(n.rank," should be > than [blockShape] ").concat(t.length)});assert(r.length===t.length,function(){return"paddings.shape[0] ".concat(r.length," must be equal to [blockShape] ").concat(t.length)});assert(n.shape.reduce(function(e,n,i){if(i>0&&i<=t.length){return e&&(n+r[i-1][0]+r[i-1][1])%t[i-1]===0}return e},true),function(){return"input spatial dimensions ".concat(n.shape.slice(1)," with paddings ").concat(r.toString()," must be divisible by blockShapes ").concat(t.toString())});var i={x:n};var o={blockShape:t,paddings:r};return wn.runKernel(cr,i,o)}var ea=op({spaceToBatchND_:spaceToBatchND_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ta={kernelName:ke,gradFunc:function(e,t,r){var n=r.blockShape,i=r.crops;return{x:function(){return ea(e,n,i)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ra={kernelName:we,gradFunc:function(e,t,r){var n=r;var i=n.inputShape;var o=n.shape;var s=Array.from(o);for(var u=i.length-1;u>=0;u--){if(i[u]===o[u]){s[u]=1}else if(i[u]!==1){throw new Error("broadcastTo(): [".concat(i,"] cannot be broadcast to [").concat(o,"]."))}}var l=[];for(var u=0;u<s.length;u++){if(s[u]>1){l.push(u)}}return{x:function(){return Ln(e,l,true)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var na={kernelName:_e,gradFunc:function(e){return{x:function(){return e.clone()}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var aa={kernelName:xe,gradFunc:function(e){return{x:function(){return Bn(e)}}}};function greaterEqual_(e,t){var r;var n=convertToTensor(e,"a","greaterEqual","string_or_numeric");var i=convertToTensor(t,"b","greaterEqual","string_or_numeric");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];assertAndGetBroadcastShape(n.shape,i.shape);var o={a:n,b:i};return wn.runKernel(at,o)}var ia=op({greaterEqual_:greaterEqual_});function lessEqual_(e,t){var r;var n=convertToTensor(e,"a","lessEqual","string_or_numeric");var i=convertToTensor(t,"b","lessEqual","string_or_numeric");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];assertAndGetBroadcastShape(n.shape,i.shape);var o={a:n,b:i};return wn.runKernel(ft,o)}var oa=op({lessEqual_:lessEqual_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function logicalAnd_(e,t){var r=convertToTensor(e,"a","logicalAnd","bool");var n=convertToTensor(t,"b","logicalAnd","bool");assertAndGetBroadcastShape(r.shape,n.shape);var i={a:r,b:n};return wn.runKernel(vt,i)}var sa=op({logicalAnd_:logicalAnd_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function clone_(e){var t=convertToTensor(e,"x","clone","string_or_numeric");var r={x:t};return wn.runKernel(it,r)}var ua=op({clone_:clone_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function broadcastTo_(e,t){var r=convertToTensor(e,"broadcastTo","x");var n=r.shape;assertNonNegativeIntegerDimensions(t);if(t.length<r.rank){throw new Error("broadcastTo(): shape.length=".concat(t.length," < input.rank=").concat(r.rank,"."))}if(t.length>r.rank){var i=r.shape.slice();while(i.length<t.length){i.unshift(1)}r=Rn(r,i)}var o=r.shape;var s=Array.from(t);for(var u=t.length-1;u>=0;u--){if(o[u]===t[u]){s[u]=1}else if(r.shape[u]!==1){throw new Error("broadcastTo(): [".concat(n,"] cannot be broadcast to [").concat(t,"]."))}}var l=s.map(function(e,t){return e>1?t:-1}).filter(function(e){return e>=0});if(l.length===0){return ua(r)}var c={x:r};var p={reps:s};return wn.runKernel(yr,c,p)}var la=op({broadcastTo_:broadcastTo_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function where_(e,t,r){var n=convertToTensor(t,"a","where");var i=convertToTensor(r,"b","where");var o=convertToTensor(e,"condition","where","bool");var s=assertAndGetBroadcastShape(assertAndGetBroadcastShape(o.shape,n.shape),i.shape);var u=la(o,s);var l=la(n,s);var c=la(i,s);var p={condition:u,t:l,e:c};return wn.runKernel(Qt,p)}var ca=op({where_:where_});var pa={kernelName:Se,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.clipValueMin,s=r.clipValueMax;return{x:function(){return ca(sa(ia(i,o),oa(i,s)),e,Bn(e))}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var fa={kernelName:Ne,inputsToSave:["x"],gradFunc:Nn.gradFunc};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function split_(e,t,r){if(r===void 0){r=0}var n=convertToTensor(e,"x","split");var i={x:n};var o={numOrSizeSplits:t,axis:r};return wn.runKernel(pr,i,o)}var da=op({split_:split_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ha={kernelName:Te,saveAllInputs:true,gradFunc:function(e,t,r){var n=t.map(function(e){return e.shape});var i=r.axis;var o=parseAxisParam(i,t[0].shape)[0];var s=n.map(function(e){return e[o]});var u=da(e,s,o);return u.map(function(e){return function(){return e}})}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function conv2DBackpropFilter_(e,t,r,n,i,o,s){if(o===void 0){o="NHWC"}var u=e;if(e.rank===3){u=Rn(e,[1,e.shape[0],e.shape[1],e.shape[2]])}var l=t;if(l.rank===3){l=Rn(t,[1,t.shape[0],t.shape[1],t.shape[2]])}assert(u.rank===4,function(){return"Error in conv2dDerFilter: input must be rank 4, but got shape "+"".concat(u.shape,".")});assert(l.rank===4,function(){return"Error in conv2dDerFilter: dy must be rank 4, but got shape "+"".concat(l.shape,".")});assert(r.length===4,function(){return"Error in conv2dDerFilter: filterShape must be length 4, but got "+"".concat(r,".")});var c=o==="NHWC"?u.shape[3]:u.shape[1];var p=o==="NHWC"?l.shape[3]:l.shape[1];assert(c===r[2],function(){return"Error in conv2dDerFilter: depth of input ".concat(c,") must ")+"match input depth in filter (".concat(r[2],".")});assert(p===r[3],function(){return"Error in conv2dDerFilter: depth of dy (".concat(p,") must ")+"match output depth for filter (".concat(r[3],").")});checkPadOnDimRoundingMode("conv2dDerFilter",i,s);var f={x:u,dy:l};var d={strides:n,pad:i,dataFormat:o,dimRoundingMode:s,filterShape:r};return wn.runKernel(Ce,f,d)}var va=op({conv2DBackpropFilter_:conv2DBackpropFilter_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function conv2DBackpropInput_(e,t,r,n,i,o,s){if(o===void 0){o="NHWC"}assert(e.length===t.rank,function(){return"Length of inShape "+"(".concat(e.length,") and rank of dy (").concat(t.rank,") must match")});var u=e;var l=t;var c=false;if(t.rank===3){c=true;l=Rn(t,[1,t.shape[0],t.shape[1],t.shape[2]]);u=[1,e[0],e[1],e[2]]}assert(u.length===4,function(){return"Error in conv2dDerInput: inShape must be length 4, but got length "+"".concat(u.length,".")});assert(l.rank===4,function(){return"Error in conv2dDerInput: dy must be rank 4, but got "+"rank ".concat(l.rank)});assert(r.rank===4,function(){return"Error in conv2dDerInput: filter must be rank 4, but got "+"rank ".concat(r.rank)});var p=o==="NHWC"?u[3]:u[1];var f=o==="NHWC"?l.shape[3]:l.shape[1];assert(p===r.shape[2],function(){return"Error in conv2dDerInput: depth of input (".concat(p,") must ")+"match input depth for filter ".concat(r.shape[2],".")});assert(f===r.shape[3],function(){return"Error in conv2dDerInput: depth of output (".concat(f,") must ")+"match output depth for filter ".concat(r.shape[3],".")});checkPadOnDimRoundingMode("conv2dDerInput",i,s);var d={dy:l,filter:r};var h={strides:n,pad:i,dataFormat:o,dimRoundingMode:s,inputShape:u};var v=wn.runKernel(ze,d,h);if(c){return Rn(v,[v.shape[1],v.shape[2],v.shape[3]])}return v}var ga=op({conv2DBackpropInput_:conv2DBackpropInput_});var ma={kernelName:Ae,inputsToSave:["x","filter"],gradFunc:function(e,t,r){var n=__read(t,2),i=n[0],o=n[1];var s=r.dilations,u=r.strides,l=r.pad,c=r.dataFormat;assert(tupleValuesAreOne(s),function(){return"Error in gradient of conv2D: dilation rates greater than 1 "+"are not yet supported in gradients. Got dilations '".concat(s,"'")});return{x:function(){return ga(i.shape,e,o,u,l,c)},filter:function(){return va(i,e,o.shape,u,l,c)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function conv2d_(e,t,r,n,i,o,s){if(i===void 0){i="NHWC"}if(o===void 0){o=[1,1]}var u=convertToTensor(e,"x","conv2d","float32");var l=convertToTensor(t,"filter","conv2d","float32");var c=u;var p=false;if(u.rank===3){p=true;c=Rn(u,[1,u.shape[0],u.shape[1],u.shape[2]])}assert(c.rank===4,function(){return"Error in conv2d: input must be rank 4, but got rank ".concat(c.rank,".")});assert(l.rank===4,function(){return"Error in conv2d: filter must be rank 4, but got rank "+"".concat(l.rank,".")});checkPadOnDimRoundingMode("conv2d",n,s);var f=i==="NHWC"?c.shape[3]:c.shape[1];assert(f===l.shape[2],function(){return"Error in conv2d: depth of input (".concat(f,") must match ")+"input depth for filter ".concat(l.shape[2],".")});assert(eitherStridesOrDilationsAreOne(r,o),function(){return"Error in conv2D: Either strides or dilations must be 1. "+"Got strides ".concat(r," and dilations '").concat(o,"'")});assert(stridesOrDilationsArePositive(o),function(){return"Error in conv2D: Dilated rates should be larger than 0."});assert(stridesOrDilationsArePositive(r),function(){return"Error in conv2D: Strides should be larger than 0."});var d={x:c,filter:l};var h={strides:r,pad:n,dataFormat:i,dilations:o,dimRoundingMode:s};var v=wn.runKernel(Ae,d,h);if(p){return Rn(v,[v.shape[1],v.shape[2],v.shape[3]])}return v}var ya=op({conv2d_:conv2d_});var ba={kernelName:ze,inputsToSave:["dy","filter"],gradFunc:function(e,t,r){var n=__read(t,2),i=n[0],o=n[1];var s=r.strides,u=r.pad,l=r.dataFormat,c=r.dimRoundingMode;return{dy:function(){return ya(e,o,s,u,l,1,c)},filter:function(){return va(e,i,o.shape,s,u,l,c)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function conv3DBackpropFilter_(e,t,r,n,i){var o=e;if(e.rank===4){o=Rn(e,[1,e.shape[0],e.shape[1],e.shape[2],e.shape[3]])}var s=t;if(s.rank===4){s=Rn(t,[1,t.shape[0],t.shape[1],t.shape[2],t.shape[3]])}assert(o.rank===5,function(){return"Error in conv3dDerFilter: input must be rank 5, but got shape "+"".concat(o.shape,".")});assert(s.rank===5,function(){return"Error in conv3dDerFilter: dy must be rank 5, but got shape "+"".concat(s.shape,".")});assert(r.length===5,function(){return"Error in conv3dDerFilter: filterShape must be length 5, but got "+"".concat(r,".")});assert(o.shape[4]===r[3],function(){return"Error in conv3dDerFilter: depth of input ".concat(o.shape[4],") must ")+"match input depth in filter (".concat(r[3],".")});assert(s.shape[4]===r[4],function(){return"Error in conv3dDerFilter: depth of dy (".concat(s.shape[4],") must ")+"match output depth for filter (".concat(r[4],").")});var u={x:o,dy:s};var l={strides:n,pad:i,filterShape:r};return wn.runKernel(Ee,u,l)}var ka=op({conv3DBackpropFilter_:conv3DBackpropFilter_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function conv3DBackpropInput_(e,t,r,n,i){assert(e.length===t.rank,function(){return"Length of inShape "+"(".concat(e.length,") and rank of dy (").concat(t.rank,") must match")});var o=e;var s=t;var u=false;if(t.rank===4){u=true;s=Rn(t,[1,t.shape[0],t.shape[1],t.shape[2],t.shape[3]]);o=[1,e[0],e[1],e[2],e[3]]}var l=o[4];var c=s.shape[4];assert(o.length===5,function(){return"Error in conv3dDerInput: inShape must be length 5, but got length "+"".concat(o.length,".")});assert(s.rank===5,function(){return"Error in conv3dDerInput: dy must be rank 5, but got "+"rank ".concat(s.rank)});assert(r.rank===5,function(){return"Error in conv3dDerInput: filter must be rank 5, but got "+"rank ".concat(r.rank)});assert(l===r.shape[3],function(){return"Error in conv3dDerInput: depth of input (".concat(l,") must ")+"match input depth for filter ".concat(r.shape[3],".")});assert(c===r.shape[4],function(){return"Error in conv3dDerInput: depth of output (".concat(c,") must ")+"match output depth for filter ".concat(r.shape[4],".")});var p={dy:s,filter:r};var f={pad:i,strides:n,inputShape:o};var d=wn.runKernel(Fe,p,f);if(u){return Rn(d,[d.shape[1],d.shape[2],d.shape[3],d.shape[4]])}return d}var wa=op({conv3DBackpropInput_:conv3DBackpropInput_});var _a={kernelName:De,inputsToSave:["x","filter"],gradFunc:function(e,t,r){var n=r.dilations,i=r.strides,o=r.pad;assert(tupleValuesAreOne(n),function(){return"Error in gradient of conv3D: dilation rates greater than 1 are "+"not yet supported in gradients. Got dilations '".concat(n,"'")});var s=__read(t,2),u=s[0],l=s[1];return{x:function(){return wa(u.shape,e,l,i,o)},filter:function(){return ka(u,e,l.shape,i,o)}}}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sin_(e){var t=convertToTensor(e,"x","sin","float32");var r={x:t};return wn.runKernel(rr,r)}var xa=op({sin_:sin_});var Sa={kernelName:Me,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(Cn(xa(xn(n,"float32"))),e)}}}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sinh_(e){var t=convertToTensor(e,"x","sinh");var r={x:t};return wn.runKernel(nr,r)}var Ia=op({sinh_:sinh_});var Na={kernelName:Re,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(Ia(xn(n,"float32")),e)}}}};
/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function axesAreInnerMostDims(e,t){for(var r=0;r<e.length;++r){if(e[e.length-r-1]!==t-1-r){return false}}return true}function combineLocations(e,t,r){var n=e.length+t.length;var i=[];var o=0;var s=0;for(var u=0;u<n;u++){if(r.indexOf(u)===-1){i.push(e[o++])}else{i.push(t[s++])}}return i}function computeOutAndReduceShapes(e,t){var r=[];var n=e.length;for(var i=0;i<n;i++){if(t.indexOf(i)===-1){r.push(e[i])}}var o=t.map(function(t){return e[t]});return[r,o]}function expandShapeToKeepDim(e,t){var r=t.map(function(e){return 1});return combineLocations(e,r,t)}function getAxesPermutation(e,t){if(axesAreInnerMostDims(e,t)){return null}var r=[];for(var n=0;n<t;++n){if(e.indexOf(n)===-1){r.push(n)}}e.forEach(function(e){return r.push(e)});return r}function getUndoAxesPermutation(e){return e.map(function(e,t){return[t,e]}).sort(function(e,t){return e[1]-t[1]}).map(function(e){return e[0]})}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function cumsum_(e,t,r,n){if(t===void 0){t=0}if(r===void 0){r=false}if(n===void 0){n=false}var i=convertToTensor(e,"x","cumsum");var o={x:i};var s={axis:t,exclusive:r,reverse:n};return wn.runKernel(Oe,o,s)}var Ta=op({cumsum_:cumsum_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function tidy(e,t){return wn.tidy(e,t)}function dispose(e){var t=getTensorsInContainer(e);t.forEach(function(e){return e.dispose()})}function keep(e){return wn.keep(e)}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function complex_(e,t){var r=convertToTensor(e,"real","complex");var n=convertToTensor(t,"imag","complex");assertShapesMatch(r.shape,n.shape,"real and imag shapes, ".concat(r.shape," and ").concat(n.shape,", ")+"must match in call to tf.complex().");var i={real:r,imag:n};return wn.runKernel(Ie,i)}var Aa=op({complex_:complex_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function imag_(e){var t=convertToTensor(e,"input","imag");var r={input:t};return wn.runKernel(ot,r)}var Ca=op({imag_:imag_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function real_(e){var t=convertToTensor(e,"input","real");var r={input:t};return wn.runKernel(Wt,r)}var za=op({real_:real_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function transpose_(e,t,r){var n=convertToTensor(e,"x","transpose");if(t==null){t=n.shape.map(function(e,t){return t}).reverse()}assert(n.rank===t.length,function(){return"Error in transpose: rank of input ".concat(n.rank," ")+"must match length of perm ".concat(t,".")});t.forEach(function(e){assert(e>=0&&e<n.rank,function(){return"All entries in 'perm' must be between 0 and ".concat(n.rank-1)+" but got ".concat(t)})});if(n.rank<=1){return n.clone()}var i={x:n};var o={perm:t};if(n.dtype==="complex64"){return tidy(function(){var e=za(n);var t=Ca(n);e=wn.runKernel(br,{x:e},o);t=wn.runKernel(br,{x:t},o);if(r){t=Cn(t)}return Aa(e,t)})}return wn.runKernel(br,i,o)}var Da=op({transpose_:transpose_});var Ea={kernelName:Oe,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.axis,s=r.exclusive,u=r.reverse;return{x:function(){var t=getAxesPermutation([o],i.rank);var r=Ta(e,o,s,!u);if(t!=null){r=Da(r,t)}return r}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function depthwiseConv2dNativeBackpropFilter_(e,t,r,n,i,o,s){if(o===void 0){o=[1,1]}var u=e;if(e.rank===3){u=Rn(e,[1,e.shape[0],e.shape[1],e.shape[2]])}var l=t;if(l.rank===3){l=Rn(t,[1,t.shape[0],t.shape[1],t.shape[2]])}var c={x:u,dy:l};var p={strides:n,pad:i,dimRoundingMode:s,dilations:o,filterShape:r};return wn.runKernel(Be,c,p)}var Fa=op({depthwiseConv2dNativeBackpropFilter_:depthwiseConv2dNativeBackpropFilter_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function depthwiseConv2dNativeBackpropInput_(e,t,r,n,i,o,s){if(o===void 0){o=[1,1]}var u=t;var l=false;if(t.rank===3){l=true;u=Rn(t,[1,t.shape[0],t.shape[1],t.shape[2]])}var c={dy:u,filter:r};var p={strides:n,pad:i,dimRoundingMode:s,dilations:o,inputShape:e};var f=wn.runKernel(We,c,p);if(l){return Rn(f,[f.shape[1],f.shape[2],f.shape[3]])}return f}var Ma=op({depthwiseConv2dNativeBackpropInput_:depthwiseConv2dNativeBackpropInput_});var Ra={kernelName:Pe,inputsToSave:["x","filter"],gradFunc:function(e,t,r){var n=r.dilations,i=r.strides,o=r.pad,s=r.dimRoundingMode;var u=n==null?[1,1]:n;assert(tupleValuesAreOne(u),function(){return"Error in gradient of depthwiseConv2dNative: dilation rates "+"greater than 1 are not yet supported. Got dilations "+"'".concat(u,"'")});var l=__read(t,2),c=l[0],p=l[1];assert(c.rank===4,function(){return"Error in gradient of depthwiseConv2dNative: input must be "+"rank 4, but got rank ".concat(c.rank,".")});assert(p.rank===4,function(){return"Error in gradient of depthwiseConv2dNative: filter must be "+"rank 4, but got rank ".concat(p.rank,".")});assert(c.shape[3]===p.shape[2],function(){return"Error in gradient of depthwiseConv2d: number of input "+"channels (".concat(c.shape[3],") must match the inChannels dimension ")+"in filter ".concat(p.shape[2],".")});assert(eitherStridesOrDilationsAreOne(i,u),function(){return"Error in gradient of depthwiseConv2d: Either strides or "+"dilations must be  1. Got strides ".concat(i," and dilations ")+"'".concat(u,"'.")});checkPadOnDimRoundingMode("depthwiseConv2d",o,s);return{x:function(){return Ma(c.shape,e,p,i,o,u,s)},filter:function(){return Fa(c,e,p.shape,i,o,u,s)}}}};var La={kernelName:Ue,inputsToSave:["x","filter"],gradFunc:function(e,t,r){var n=__read(t,2),i=n[0],o=n[1];var s={x:i,filter:o,dy:e};var u={x:i,filter:o,dy:e};return{x:function(){return wn.runKernel(Ge,s,r)},filter:function(){return wn.runKernel(Ve,u,r)}}}};var Oa={kernelName:qe,outputsToSave:[true],gradFunc:function(e,t){var r=__read(t,1),n=r[0];var i={dy:e,y:n};return{x:function(){return wn.runKernel(Ke,i)}}}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function exp_(e){var t=convertToTensor(e,"x","exp");var r={x:t};return wn.runKernel(Je,r)}var Pa=op({exp_:exp_});var Ba={kernelName:He,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];var i=Sn(Pa(Cn(Dn(n))),2/Math.sqrt(Math.PI));return{x:function(){return Sn(e,i)}}}};var Wa={kernelName:Je,outputsToSave:[true],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(e,n)}}}};var Ua={kernelName:Ze,inputsToSave:["input"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{input:function(){return Rn(e,n.shape)}}}};var Ga={kernelName:Xe,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(e,Pa(n))}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Va={kernelName:Qe,gradFunc:function(e){return{x:function(){return Bn(e)}}}};var ja={kernelName:et,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=assertAndGetBroadcastShape(n.shape,i.shape);var derA=function(){var t=An(e,xn(i,"float32"));var r=getReductionAxes(n.shape,o);if(r.length>0){return Rn(Ln(t,r),n.shape)}return t};var derB=function(){var t=Sn(e,xn(n,"float32"));var r=getReductionAxes(i.shape,o);if(r.length>0){t=Rn(Ln(t,r),i.shape)}var s=Dn(i);return Cn(An(t,xn(s,"float32")))};return{a:derA,b:derB}}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function rsqrt_(e){var t=convertToTensor(e,"x","rsqrt","float32");var r={x:t};return wn.runKernel(Xt,r)}var qa=op({rsqrt_:rsqrt_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function tile_(e,t){var r=convertToTensor(e,"x","tile","string_or_numeric");assert(r.rank===t.length,function(){return"Error in transpose: rank of input ".concat(r.rank," ")+"must match length of reps ".concat(t,".")});var n={x:r};var i={reps:t};return wn.runKernel(yr,n,i)}var Ka=op({tile_:tile_});var Ha={kernelName:tt,inputsToSave:["x","mean","variance","scale"],gradFunc:function(e,t,r){var n=r.varianceEpsilon;var i=__read(t,4),o=i[0],s=i[1],u=i[2],l=i[3];var c=l==null?scalar(1):l;var p=getReductionAxes(s.shape,o.shape);var f=[];if(s.rank===1){for(var d=0;d<o.shape.length-1;++d){f.push(o.shape[d])}f.push(1)}var h=En(o,s);var v=Sn(e,c);var g=qa(Vn(u,scalar(n)));var m=Sn(Sn(Sn(g,g),g),scalar(-.5));var derX=function(){if(s.rank===1){return Rn(Sn(Sn(e,Ka(Rn(g,[1,1,1,s.shape[0]]),f)),c),o.shape)}else{return Rn(Sn(Sn(e,g),c),o.shape)}};var derMean=function(){var e=Sn(Sn(g,scalar(-1)),v);if(s.rank===1){e=Ln(e,p)}return Rn(e,s.shape)};var derVariance=function(){var e=Sn(Sn(m,h),v);if(s.rank===1){e=Ln(e,p)}return Rn(e,s.shape)};var derScale=function(){var t=Sn(h,g);var r=Sn(e,t);if(s.rank===1){r=Ln(r,p)}return Rn(r,s.shape)};var derOffset=function(){var t=e;if(s.rank===1){t=Ln(t,p)}return Rn(t,s.shape)};return{x:derX,mean:derMean,variance:derVariance,scale:derScale,offset:derOffset}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function stack_(e,t){if(t===void 0){t=0}var r=convertToTensorArray(e,"tensors","stack","string_or_numeric");assert(r.length>=1,function(){return"Pass at least one tensor to tf.stack"});if(r.length>0){assert(t<=r[0].rank,function(){return"Axis must be <= rank of the tensor"})}var n=r;var i={axis:t};return wn.runKernel(Rt,n,i)}var $a=op({stack_:stack_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function unsortedSegmentSum_(e,t,r){var n=convertToTensor(e,"x","unsortedSegmentSum");var i=convertToTensor(t,"segmentIds","unsortedSegmentSum","int32");assert(isInt(r),function(){return"numSegments must be of dtype int"});var o={x:n,segmentIds:i};var s={numSegments:r};return wn.runKernel(wr,o,s)}var Ja=op({unsortedSegmentSum_:unsortedSegmentSum_});var Za={kernelName:rt,inputsToSave:["x","indices"],gradFunc:function(e,t,r){var n=__read(t,2),i=n[0],o=n[1];var s=r.axis,u=r.batchDims;var l=parseAxisParam(s,i.shape)[0];var derXBatch=function(e,t,r){return function(){var n=e.shape;var i=t.size;var o=n.slice(0,l);var u=o.length;var c=n.slice(s,n.length).slice(1);var p=c.length;var f=arrayRange(0,u);var d=arrayRange(u+1,u+1+p);var h=arrayConcat([o,[i],c]);var v=Rn(r,h);var g=Rn(t,[i]);var m=arrayConcat([[u],f,d]);var y=Da(v,m);var b=Ja(y,g,e.shape[l]);var k=getUndoAxesPermutation(m);b=Da(b,k);return b}};if(u===1){var c=i.shape[0];var p=i.split(c,0);var derXBatched=function(){var t=$a(p.map(function(t,r){return derXBatch(t,o.slice(r,1),e.slice(r,1))()}));return t.reshape(i.shape)};return{x:derXBatched,indices:function(){return o}}}else{return{x:derXBatch(i,o,e),indices:function(){return o}}}}};function arrayRange(e,t){var r=[];for(var n=e;n<t;++n){r.push(n)}return r}function arrayConcat(e){var t=[];for(var r=0;r<e.length;++r){for(var n=0;n<e[r].length;++n){t.push(e[r][n])}}return t}var Xa={kernelName:at,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];return{a:function(){return Bn(n)},b:function(){return Bn(i)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ya={kernelName:it,gradFunc:function(e){return{x:function(){return xn(e,"float32")}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Qa={kernelName:st,gradFunc:function(e){return{x:function(){return Bn(e)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ei={kernelName:ut,gradFunc:function(e){return{x:function(){return Bn(e)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ti={kernelName:lt,gradFunc:function(e){return{x:function(){return Bn(e)}}}};function greater_(e,t){var r;var n=convertToTensor(e,"a","greater","string_or_numeric");var i=convertToTensor(t,"b","greater","string_or_numeric");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];assertAndGetBroadcastShape(n.shape,i.shape);var o={a:n,b:i};return wn.runKernel(nt,o)}var ri=op({greater_:greater_});var ni={kernelName:ct,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.alpha;var s=ri(i,0);return{x:function(){return ca(s,e,Sn(e,o))}}}};var ai={kernelName:ht,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return An(e,Vn(n,1))}}}};var ii={kernelName:dt,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return An(e,xn(n,"float32"))}}}};var oi={kernelName:mt,inputsToSave:[],outputsToSave:[true],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.axis;return{logits:function(){var t=true;var r=Pa(i);return En(e,Sn(Ln(e,o,t),r))}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function localResponseNormalizationBackprop_(e,t,r,n,i,o,s){if(n===void 0){n=5}if(i===void 0){i=1}if(o===void 0){o=1}if(s===void 0){s=.5}var u={x:e,y:t,dy:r};var l={depthRadius:n,bias:i,alpha:o,beta:s};return wn.runKernel(bt,u,l)}var si=op({localResponseNormalizationBackprop_:localResponseNormalizationBackprop_});var ui={kernelName:yt,inputsToSave:["x"],outputsToSave:[true],gradFunc:function(e,t,r){var n=__read(t,2),i=n[0],o=n[1];var s=r.depthRadius,u=r.bias,l=r.alpha,c=r.beta;return{x:function(){return si(i,o,e,s,u,l,c)}}}};function equal_(e,t){var r;var n=convertToTensor(e,"a","equal","string_or_numeric");var i=convertToTensor(t,"b","equal","string_or_numeric");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];assertAndGetBroadcastShape(n.shape,i.shape);var o={a:n,b:i};return wn.runKernel($e,o)}var li=op({equal_:equal_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function gradForMinAndMax(e,t,r,n){if(t.rank<r.rank){t=Rn(t,expandShapeToKeepDim(t.shape,n))}if(e.rank<r.rank){e=Rn(e,expandShapeToKeepDim(e.shape,n))}return{x:function(){var n=Sn(e,xn(li(r,t),e.dtype));return n}}}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ci={kernelName:kt,inputsToSave:["x"],outputsToSave:[true],gradFunc:function(e,t,r){var n=r;var i=n.reductionIndices;var o=t[0];var s=t[1];var u=parseAxisParam(i,o.shape);var l=gradForMinAndMax(e,s,o,u);return{x:function(){return l["x"]()}}}};function less_(e,t){var r;var n=convertToTensor(e,"a","less","string_or_numeric");var i=convertToTensor(t,"b","less","string_or_numeric");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];assertAndGetBroadcastShape(n.shape,i.shape);var o={a:n,b:i};return wn.runKernel(pt,o)}var pi=op({less_:less_});var fi={kernelName:wt,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var derA=function(){return Sn(e,xn(ia(n,i),"float32"))};var derB=function(){return Sn(e,xn(pi(n,i),"float32"))};return{a:derA,b:derB}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function maxPool3dGrad_(e,t,r,n,i,o,s){var u=convertToTensor(e,"dy","maxPool3dGrad");var l=convertToTensor(t,"input","maxPool3dGrad");var c=convertToTensor(r,"output","maxPool3dGrad");var p=u;var f=l;var d=c;var h=false;if(l.rank===4){h=true;p=Rn(u,[1,u.shape[0],u.shape[1],u.shape[2],u.shape[3]]);f=Rn(l,[1,l.shape[0],l.shape[1],l.shape[2],l.shape[3]]);d=Rn(c,[1,c.shape[0],c.shape[1],c.shape[2],c.shape[3]])}assert(p.rank===5,function(){return"Error in maxPool3dGrad: dy must be rank 5 but got rank "+"".concat(p.rank,".")});assert(f.rank===5,function(){return"Error in maxPool3dGrad: input must be rank 5 but got rank "+"".concat(f.rank,".")});assert(d.rank===5,function(){return"Error in maxPool3dGrad: output must be rank 5 but got rank "+"".concat(d.rank,".")});checkPadOnDimRoundingMode("maxPool3dGrad",o,s);var v={dy:p,input:f,output:d};var g={filterSize:n,strides:i,pad:o,dimRoundingMode:s};var m=wn.runKernel(It,v,g);if(h){return Rn(m,[m.shape[1],m.shape[2],m.shape[3],m.shape[4]])}return m}var di=op({maxPool3dGrad_:maxPool3dGrad_});var hi={kernelName:St,inputsToSave:["x"],outputsToSave:[true],gradFunc:function(e,t,r){var n=__read(t,2),i=n[0],o=n[1];var s=r.filterSize,u=r.strides,l=r.pad,c=r.dimRoundingMode;return{x:function(){return di(e,i,o,s,u,l,c)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function maxPoolGrad_(e,t,r,n,i,o,s){var u=convertToTensor(e,"dy","maxPoolGrad");var l=convertToTensor(t,"input","maxPoolGrad");var c=convertToTensor(r,"output","maxPoolGrad");assert(l.rank===u.rank,function(){return"Rank of input (".concat(l.rank,") does not match rank of dy ")+"(".concat(u.rank,")")});assert(u.rank===4,function(){return"Error in maxPoolGrad: dy must be rank 4 but got rank "+"".concat(u.rank,".")});assert(l.rank===4,function(){return"Error in maxPoolGrad: input must be rank 4 but got rank "+"".concat(l.rank,".")});checkPadOnDimRoundingMode("maxPoolGrad",o,s);var p={dy:u,input:l,output:c};var f={filterSize:n,strides:i,pad:o,dimRoundingMode:s};return wn.runKernel(xt,p,f)}var vi=op({maxPoolGrad_:maxPoolGrad_});var gi={kernelName:_t,inputsToSave:["x"],outputsToSave:[true],gradFunc:function(e,t,r){var n=__read(t,2),i=n[0],o=n[1];var s=r.filterSize,u=r.strides,l=r.pad;return{x:function(){return vi(e,i,o,s,u,l)}}}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function zeros$1(e,t){if(t===void 0){t="float32"}assertNonNegativeIntegerDimensions(e);if(t==="complex64"){var r=zeros$1(e,"float32");var n=zeros$1(e,"float32");return Aa(r,n)}var i=makeZerosTypedArray(sizeFromShape(e),t);return wn.makeTensor(i,e,t)}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function ones$1(e,t){if(t===void 0){t="float32"}assertNonNegativeIntegerDimensions(e);if(t==="complex64"){var r=ones$1(e,"float32");var n=zeros$1(e,"float32");return Aa(r,n)}var i=makeOnesTypedArray(sizeFromShape(e),t);return wn.makeTensor(i,e,t)}var mi={kernelName:Nt,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.axis;var s=parseAxisParam(o,i.shape);var u=computeOutAndReduceShapes(i.shape,s);var l=u[1];var c=sizeFromShape(l);var derX=function(){var t=i.shape.slice();s.forEach(function(e){t[e]=1});var r=Rn(e,t);var n=An(Sn(r,ones$1(i.shape,"float32")),c);return n};return{x:derX}}};var yi={kernelName:Tt,inputsToSave:["x"],outputsToSave:[true],gradFunc:function(e,t,r){var n=r;var i=n.axis;var o=__read(t,2),s=o[0],u=o[1];var l=parseAxisParam(i,s.shape);var c=gradForMinAndMax(e,u,s,l);return{x:function(){return c["x"]()}}}};var bi={kernelName:At,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var derA=function(){return Sn(e,xn(oa(n,i),"float32"))};var derB=function(){return Sn(e,xn(ri(n,i),"float32"))};return{a:derA,b:derB}}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function slice_(e,t,r){var n=convertToTensor(e,"x","slice","string_or_numeric");if(n.rank===0){throw new Error("Slicing scalar is not possible")}var i={x:n};var o={begin:t,size:r};return wn.runKernel(tr,i,o)}var ki=op({slice_:slice_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var wi={kernelName:Ct,inputsToSave:["x"],gradFunc:function(e,t,r){var n=t[0];var i=r.paddings;var o=i.map(function(e){return e[0]});return{x:function(){return ki(e,o,n.shape)}}}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function floor_(e){var t=convertToTensor(e,"x","floor","float32");var r={x:t};return wn.runKernel(Qe,r)}var _i=op({floor_:floor_});var xi={kernelName:zt,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=assertAndGetBroadcastShape(n.shape,i.shape);var derA=function(){var t=getReductionAxes(n.shape,o);if(t.length>0){return Rn(Ln(e,t),n.shape)}return e};var derB=function(){var t=Sn(e,Cn(_i(An(n,i))));var r=getReductionAxes(i.shape,o);if(r.length>0){return Rn(Ln(t,r),i.shape)}return t};return{a:derA,b:derB}}};var Si={kernelName:Dt,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=assertAndGetBroadcastShape(n.shape,i.shape);var derA=function(){var t=Sn(e,xn(i,"float32"));var r=getReductionAxes(n.shape,o);if(r.length>0){return Rn(Ln(t,r),n.shape)}return t};var derB=function(){var t=Sn(e,xn(n,"float32"));var r=getReductionAxes(i.shape,o);if(r.length>0){return Rn(Ln(t,r),i.shape)}return t};return{a:derA,b:derB}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ii={kernelName:Et,gradFunc:function(e){return{x:function(){return Cn(e)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ni={kernelName:Mt,inputsToSave:["indices"],gradFunc:function(e,t){var r=t[0];return{indices:function(){return zeros$1(r.shape,"float32")}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ti={kernelName:Ft,gradFunc:function(e){return{x:function(){return Bn(e)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function unstack_(e,t){if(t===void 0){t=0}var r=convertToTensor(e,"x","unstack","string_or_numeric");assert(t>=-r.shape.length&&t<r.shape.length,function(){return"Axis = ".concat(t," is not in [-").concat(r.shape.length,", ").concat(r.shape.length,")")});var n={value:r};var i={axis:t};return wn.runKernel(kr,n,i)}var Ai=op({unstack_:unstack_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ci={kernelName:Rt,saveAllInputs:true,gradFunc:function(e,t,r){var n=r.axis;var i=Ai(e,n);return i.map(function(e){return function(){return e}})}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var zi={kernelName:Lt,inputsToSave:["x"],gradFunc:function(e,t,r){var n=t[0];var i=r.paddings;var o=i.map(function(e){return e[0]});return{x:function(){return ki(e,o,n.shape)}}}};
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function log_(e){var t=convertToTensor(e,"x","log","float32");var r={x:t};return wn.runKernel(dt,r)}var Di=op({log_:log_});function pow_(e,t){var r;var n=convertToTensor(e,"base","pow");var i=convertToTensor(t,"exp","pow");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];var o={a:n,b:i};return wn.runKernel(Ot,o)}var Ei=op({pow_:pow_});var Fi={kernelName:Ot,inputsToSave:["a","b"],outputsToSave:[true],gradFunc:function(e,t){var r=__read(t,3),n=r[0],i=r[1],o=r[2];var s=n;var u=i;var l=assertAndGetBroadcastShape(s.shape,u.shape);var derBase=function(){var t=xn(u,"float32");var r=Sn(e,Sn(t,Ei(s,En(t,scalar(1)))));var n=getReductionAxes(s.shape,l);if(n.length>0){r=Ln(r,n)}return Rn(r,s.shape)};var derExp=function(){var t=ri(s,0);var r=ca(t,Di(s),Bn(s));var n=Sn(e,Sn(o,r));var i=getReductionAxes(u.shape,l);if(i.length>0){n=Ln(n,i)}return Rn(n,u.shape)};return{a:derBase,b:derExp}}};var Mi={kernelName:Pt,inputsToSave:["x","alpha"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=ri(n,0);return{x:function(){return ca(o,e,Sn(e,i))},alpha:function(){var t=ca(o,Bn(e),Sn(e,n));var r=getReductionAxes(i.shape,e.shape);if(r.length>0){t=Ln(t,r)}return Rn(t,i.shape)}}}};
/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function isBrowser(){return typeof window!=="undefined"&&window.document!=null||typeof WorkerGlobalScope!=="undefined"}
/**
 * @license
 * Copyright 2019 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ri=env();Ri.registerFlag("DEBUG",function(){return false},function(e){if(e){console.warn("Debugging mode is ON. The output of every math call will "+"be downloaded to CPU and checked for NaNs. "+"This significantly impacts performance.")}});Ri.registerFlag("IS_BROWSER",function(){return isBrowser()});Ri.registerFlag("IS_NODE",function(){return typeof process!=="undefined"&&typeof process.versions!=="undefined"&&typeof process.versions.node!=="undefined"});Ri.registerFlag("IS_CHROME",function(){return typeof navigator!=="undefined"&&navigator!=null&&navigator.userAgent!=null&&/Chrome/.test(navigator.userAgent)&&/Google Inc/.test(navigator.vendor)});Ri.registerFlag("IS_SAFARI",function(){return typeof navigator!=="undefined"&&navigator!=null&&navigator.userAgent!=null&&/Safari/.test(navigator.userAgent)&&/Apple/.test(navigator.vendor)});Ri.registerFlag("PROD",function(){return false});Ri.registerFlag("TENSORLIKE_CHECK_SHAPE_CONSISTENCY",function(){return Ri.getBool("DEBUG")});Ri.registerFlag("DEPRECATION_WARNINGS_ENABLED",function(){return true});Ri.registerFlag("IS_TEST",function(){return false});Ri.registerFlag("CHECK_COMPUTATION_FOR_ERRORS",function(){return Ri.getBool("DEBUG")});Ri.registerFlag("WRAP_TO_IMAGEBITMAP",function(){return false});Ri.registerFlag("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU",function(){return false});Ri.registerFlag("USE_SETTIMEOUTCUSTOM",function(){return false});var Li=function(){function CompositeArrayBuffer(e){this.shards=[];this.previousShardIndex=0;if(e==null){return}if(!(e instanceof Array)){e=[e]}e=e.map(function(e){if(isTypedArray(e)){return e.buffer}return e});if(e.length===0){return}this.bufferUniformSize=e[0].byteLength;var t=0;for(var r=0;r<e.length;r++){var n=e[r];if(r!==e.length-1&&n.byteLength!==this.bufferUniformSize){this.bufferUniformSize=undefined}var i=t+n.byteLength;this.shards.push({buffer:n,start:t,end:i});t=i}if(this.shards.length===0){this.byteLength=0}this.byteLength=this.shards[this.shards.length-1].end}CompositeArrayBuffer.join=function(e){return new CompositeArrayBuffer(e).slice()};CompositeArrayBuffer.prototype.slice=function(e,t){if(e===void 0){e=0}if(t===void 0){t=this.byteLength}if(this.shards.length===0){return new ArrayBuffer(0)}e=isNaN(Number(e))?0:e;t=isNaN(Number(t))?0:t;e=Math.max(0,e);t=Math.min(this.byteLength,t);if(t<=e){return new ArrayBuffer(0)}var r=this.findShardForByte(e);if(r===-1){throw new Error("Could not find start shard for byte ".concat(e))}var n=t-e;var i=new ArrayBuffer(n);var o=new Uint8Array(i);var s=0;for(var u=r;u<this.shards.length;u++){var l=this.shards[u];var c=e+s;var p=c-l.start;var f=s;var d=Math.min(t,l.end);var h=d-l.start;var v=new Uint8Array(l.buffer,p,h-p);o.set(v,f);s+=v.length;if(t<l.end){break}}return i};CompositeArrayBuffer.prototype.findShardForByte=function(e){if(this.shards.length===0||e<0||e>=this.byteLength){return-1}if(this.bufferUniformSize!=null){this.previousShardIndex=Math.floor(e/this.bufferUniformSize);return this.previousShardIndex}function check(t){if(e<t.start){return-1}if(e>=t.end){return 1}return 0}if(check(this.shards[this.previousShardIndex])===0){return this.previousShardIndex}var t=search(this.shards,check);if(t===-1){return-1}this.previousShardIndex=t;return this.previousShardIndex};return CompositeArrayBuffer}();function search(e,t){var r=0;var n=e.length;while(r<=n){var i=Math.floor((n-r)/2)+r;var o=t(e[i]);if(o===0){return i}else if(o<0){n=i}else{r=i+1}}return-1}var Oi=typeof Buffer!=="undefined"&&(typeof Blob==="undefined"||typeof atob==="undefined"||typeof btoa==="undefined");function stringByteLength(e){if(Oi){return Buffer.byteLength(e,"utf8")}return new Blob([e]).size}function arrayBufferToBase64String(e){if(Oi){return Buffer.from(e).toString("base64")}var t=new Uint8Array(e);var r="";for(var n=0,i=t.length;n<i;n++){r+=String.fromCharCode(t[n])}return btoa(r)}function base64StringToArrayBuffer(e){if(Oi){var t=Buffer.from(e,"base64");return t.buffer.slice(t.byteOffset,t.byteOffset+t.byteLength)}var r=atob(e);var n=new Uint8Array(r.length);for(var i=0;i<r.length;++i){n.set([r.charCodeAt(i)],i)}return n.buffer}function getModelJSONForModelArtifacts(e,t){var r={modelTopology:e.modelTopology,format:e.format,generatedBy:e.generatedBy,convertedBy:e.convertedBy,weightsManifest:t};if(e.signature!=null){r.signature=e.signature}if(e.userDefinedMetadata!=null){r.userDefinedMetadata=e.userDefinedMetadata}if(e.modelInitializer!=null){r.modelInitializer=e.modelInitializer}if(e.initializerSignature!=null){r.initializerSignature=e.initializerSignature}if(e.trainingConfig!=null){r.trainingConfig=e.trainingConfig}return r}function getModelArtifactsForJSONSync(e,t,r){var n={modelTopology:e.modelTopology,format:e.format,generatedBy:e.generatedBy,convertedBy:e.convertedBy};if(e.trainingConfig!=null){n.trainingConfig=e.trainingConfig}if(e.weightsManifest!=null){if(!t){throw new Error("modelJSON has weightsManifest but weightSpecs is null")}if(!r){throw new Error("modelJSON has weightsManifest but weightData is null")}n.weightSpecs=t;n.weightData=r}if(e.signature!=null){n.signature=e.signature}if(e.userDefinedMetadata!=null){n.userDefinedMetadata=e.userDefinedMetadata}if(e.modelInitializer!=null){n.modelInitializer=e.modelInitializer}if(e.initializerSignature!=null){n.initializerSignature=e.initializerSignature}return n}function getModelArtifactsForJSON(e,t){return __awaiter(this,void 0,void 0,function(){var r,n;var i;return __generator(this,function(o){switch(o.label){case 0:if(!(e.weightsManifest!=null))return[3,2];return[4,t(e.weightsManifest)];case 1:i=__read.apply(void 0,[o.sent(),2]),r=i[0],n=i[1];o.label=2;case 2:return[2,getModelArtifactsForJSONSync(e,r,n)]}})})}function getModelArtifactsInfoForJSON(e){if(e.modelTopology instanceof ArrayBuffer){throw new Error("Expected JSON model topology, received ArrayBuffer.")}return{dateSaved:new Date,modelTopologyType:"JSON",modelTopologyBytes:e.modelTopology==null?0:stringByteLength(JSON.stringify(e.modelTopology)),weightSpecsBytes:e.weightSpecs==null?0:stringByteLength(JSON.stringify(e.weightSpecs)),weightDataBytes:e.weightData==null?0:new Li(e.weightData).byteLength}}function getWeightSpecs(e){var t,r;var n=[];try{for(var i=__values(e),o=i.next();!o.done;o=i.next()){var s=o.value;n.push.apply(n,__spreadArray([],__read(s.weights),false))}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}return n}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Pi=function(){function IORouterRegistry(){this.saveRouters=[];this.loadRouters=[]}IORouterRegistry.getInstance=function(){if(IORouterRegistry.instance==null){IORouterRegistry.instance=new IORouterRegistry}return IORouterRegistry.instance};IORouterRegistry.registerSaveRouter=function(e){IORouterRegistry.getInstance().saveRouters.push(e)};IORouterRegistry.registerLoadRouter=function(e){IORouterRegistry.getInstance().loadRouters.push(e)};IORouterRegistry.getSaveHandlers=function(e){return IORouterRegistry.getHandlers(e,"save")};IORouterRegistry.getLoadHandlers=function(e,t){return IORouterRegistry.getHandlers(e,"load",t)};IORouterRegistry.getHandlers=function(e,t,r){var n=[];var i=t==="load"?IORouterRegistry.getInstance().loadRouters:IORouterRegistry.getInstance().saveRouters;i.forEach(function(t){var i=t(e,r);if(i!==null){n.push(i)}});return n};return IORouterRegistry}();var Bi="tensorflowjs";var Wi=1;var Ui="models_store";var Gi="model_info_store";function getIndexedDBFactory(){if(!env().getBool("IS_BROWSER")){throw new Error("Failed to obtain IndexedDB factory because the current environment"+"is not a web browser.")}var e=typeof window==="undefined"?self:window;var t=e.indexedDB||e.mozIndexedDB||e.webkitIndexedDB||e.msIndexedDB||e.shimIndexedDB;if(t==null){throw new Error("The current browser does not appear to support IndexedDB.")}return t}function setUpDatabase(e){var t=e.result;t.createObjectStore(Ui,{keyPath:"modelPath"});t.createObjectStore(Gi,{keyPath:"modelPath"})}var Vi=function(){function BrowserIndexedDB(e){this.indexedDB=getIndexedDBFactory();if(e==null||!e){throw new Error("For IndexedDB, modelPath must not be null, undefined or empty.")}this.modelPath=e}BrowserIndexedDB.prototype.save=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(t){if(e.modelTopology instanceof ArrayBuffer){throw new Error("BrowserLocalStorage.save() does not support saving model topology "+"in binary formats yet.")}return[2,this.databaseAction(this.modelPath,e)]})})};BrowserIndexedDB.prototype.load=function(){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){return[2,this.databaseAction(this.modelPath)]})})};BrowserIndexedDB.prototype.databaseAction=function(e,t){var r=this;return new Promise(function(e,n){var i=r.indexedDB.open(Bi,Wi);i.onupgradeneeded=function(){return setUpDatabase(i)};i.onsuccess=function(){var o=i.result;if(t==null){var s=o.transaction(Ui,"readonly");var u=s.objectStore(Ui);var l=u.get(r.modelPath);l.onsuccess=function(){if(l.result==null){o.close();return n(new Error("Cannot find model with path '".concat(r.modelPath,"' ")+"in IndexedDB."))}else{e(l.result.modelArtifacts)}};l.onerror=function(e){o.close();return n(l.error)};s.oncomplete=function(){return o.close()}}else{t.weightData=Li.join(t.weightData);var c=getModelArtifactsInfoForJSON(t);var p=o.transaction(Gi,"readwrite");var f=p.objectStore(Gi);var d;try{d=f.put({modelPath:r.modelPath,modelArtifactsInfo:c})}catch(e){return n(e)}var h;d.onsuccess=function(){h=o.transaction(Ui,"readwrite");var i=h.objectStore(Ui);var s;try{s=i.put({modelPath:r.modelPath,modelArtifacts:t,modelArtifactsInfo:c})}catch(e){return n(e)}s.onsuccess=function(){return e({modelArtifactsInfo:c})};s.onerror=function(e){f=p.objectStore(Gi);var t=f.delete(r.modelPath);t.onsuccess=function(){o.close();return n(s.error)};t.onerror=function(e){o.close();return n(s.error)}}};d.onerror=function(e){o.close();return n(d.error)};p.oncomplete=function(){if(h==null){o.close()}else{h.oncomplete=function(){return o.close()}}}}};i.onerror=function(e){return n(i.error)}})};return BrowserIndexedDB}();Vi.URL_SCHEME="indexeddb://";var indexedDBRouter=function(e){if(!env().getBool("IS_BROWSER")){return null}else{if(!Array.isArray(e)&&e.startsWith(Vi.URL_SCHEME)){return browserIndexedDB(e.slice(Vi.URL_SCHEME.length))}else{return null}}};Pi.registerSaveRouter(indexedDBRouter);Pi.registerLoadRouter(indexedDBRouter);function browserIndexedDB(e){return new Vi(e)}var ji="/";var qi="tensorflowjs_models";var Ki="info";var Hi="model_topology";var $i="weight_specs";var Ji="weight_data";var Zi="model_metadata";function getModelKeys(e){return{info:[qi,e,Ki].join(ji),topology:[qi,e,Hi].join(ji),weightSpecs:[qi,e,$i].join(ji),weightData:[qi,e,Ji].join(ji),modelMetadata:[qi,e,Zi].join(ji)}}function removeItems(e){var t,r;try{for(var n=__values(Object.values(e)),i=n.next();!i.done;i=n.next()){var o=i.value;window.localStorage.removeItem(o)}}catch(e){t={error:e}}finally{try{if(i&&!i.done&&(r=n.return))r.call(n)}finally{if(t)throw t.error}}}var Xi=function(){function BrowserLocalStorage(e){if(!env().getBool("IS_BROWSER")||typeof window==="undefined"||typeof window.localStorage==="undefined"){throw new Error("The current environment does not support local storage.")}this.LS=window.localStorage;if(e==null||!e){throw new Error("For local storage, modelPath must not be null, undefined or empty.")}this.modelPath=e;this.keys=getModelKeys(this.modelPath)}BrowserLocalStorage.prototype.save=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n,i,o;return __generator(this,function(s){if(e.modelTopology instanceof ArrayBuffer){throw new Error("BrowserLocalStorage.save() does not support saving model topology "+"in binary formats yet.")}else{t=JSON.stringify(e.modelTopology);r=JSON.stringify(e.weightSpecs);n=getModelArtifactsInfoForJSON(e);i=Li.join(e.weightData);try{this.LS.setItem(this.keys.info,JSON.stringify(n));this.LS.setItem(this.keys.topology,t);this.LS.setItem(this.keys.weightSpecs,r);this.LS.setItem(this.keys.weightData,arrayBufferToBase64String(i));o={format:e.format,generatedBy:e.generatedBy,convertedBy:e.convertedBy,signature:e.signature!=null?e.signature:undefined,userDefinedMetadata:e.userDefinedMetadata!=null?e.userDefinedMetadata:undefined,modelInitializer:e.modelInitializer!=null?e.modelInitializer:undefined,initializerSignature:e.initializerSignature!=null?e.initializerSignature:undefined,trainingConfig:e.trainingConfig!=null?e.trainingConfig:undefined};this.LS.setItem(this.keys.modelMetadata,JSON.stringify(o));return[2,{modelArtifactsInfo:n}]}catch(e){removeItems(this.keys);throw new Error("Failed to save model '".concat(this.modelPath,"' to local storage: ")+"size quota being exceeded is a possible cause of this failure: "+"modelTopologyBytes=".concat(n.modelTopologyBytes,", ")+"weightSpecsBytes=".concat(n.weightSpecsBytes,", ")+"weightDataBytes=".concat(n.weightDataBytes,"."))}}return[2]})})};BrowserLocalStorage.prototype.load=function(){return __awaiter(this,void 0,void 0,function(){var e,t,r,n,i,o,s;return __generator(this,function(u){e=JSON.parse(this.LS.getItem(this.keys.info));if(e==null){throw new Error("In local storage, there is no model with name '".concat(this.modelPath,"'"))}if(e.modelTopologyType!=="JSON"){throw new Error("BrowserLocalStorage does not support loading non-JSON model "+"topology yet.")}t={};r=JSON.parse(this.LS.getItem(this.keys.topology));if(r==null){throw new Error("In local storage, the topology of model '".concat(this.modelPath,"' ")+"is missing.")}t.modelTopology=r;n=JSON.parse(this.LS.getItem(this.keys.weightSpecs));if(n==null){throw new Error("In local storage, the weight specs of model '".concat(this.modelPath,"' ")+"are missing.")}t.weightSpecs=n;i=this.LS.getItem(this.keys.modelMetadata);if(i!=null){o=JSON.parse(i);t.format=o.format;t.generatedBy=o.generatedBy;t.convertedBy=o.convertedBy;if(o.signature!=null){t.signature=o.signature}if(o.userDefinedMetadata!=null){t.userDefinedMetadata=o.userDefinedMetadata}if(o.modelInitializer!=null){t.modelInitializer=o.modelInitializer}if(o.initializerSignature!=null){t.initializerSignature=o.initializerSignature}if(o.trainingConfig!=null){t.trainingConfig=o.trainingConfig}}s=this.LS.getItem(this.keys.weightData);if(s==null){throw new Error("In local storage, the binary weight values of model "+"'".concat(this.modelPath,"' are missing."))}t.weightData=base64StringToArrayBuffer(s);return[2,t]})})};return BrowserLocalStorage}();Xi.URL_SCHEME="localstorage://";var localStorageRouter=function(e){if(!env().getBool("IS_BROWSER")){return null}else{if(!Array.isArray(e)&&e.startsWith(Xi.URL_SCHEME)){return browserLocalStorage(e.slice(Xi.URL_SCHEME.length))}else{return null}}};Pi.registerSaveRouter(localStorageRouter);Pi.registerLoadRouter(localStorageRouter);function browserLocalStorage(e){return new Xi(e)}var Yi="model";var Qi=".json";var eo=".weights.bin";function defer(e){return new Promise(function(e){return setTimeout(e)}).then(e)}var to=function(){function BrowserDownloads(e){if(!env().getBool("IS_BROWSER")){throw new Error("browserDownloads() cannot proceed because the current environment "+"is not a browser.")}if(e.startsWith(BrowserDownloads.URL_SCHEME)){e=e.slice(BrowserDownloads.URL_SCHEME.length)}if(e==null||e.length===0){e=Yi}this.modelJsonFileName=e+Qi;this.weightDataFileName=e+eo}BrowserDownloads.prototype.save=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n,i,o,s,u;return __generator(this,function(l){switch(l.label){case 0:if(typeof document==="undefined"){throw new Error("Browser downloads are not supported in "+"this environment since `document` is not present")}t=Li.join(e.weightData);r=window.URL.createObjectURL(new Blob([t],{type:"application/octet-stream"}));if(!(e.modelTopology instanceof ArrayBuffer))return[3,1];throw new Error("BrowserDownloads.save() does not support saving model topology "+"in binary formats yet.");case 1:n=[{paths:["./"+this.weightDataFileName],weights:e.weightSpecs}];i=getModelJSONForModelArtifacts(e,n);o=window.URL.createObjectURL(new Blob([JSON.stringify(i)],{type:"application/json"}));s=this.modelJsonAnchor==null?document.createElement("a"):this.modelJsonAnchor;s.download=this.modelJsonFileName;s.href=o;return[4,defer(function(){return s.dispatchEvent(new MouseEvent("click"))})];case 2:l.sent();if(!(e.weightData!=null))return[3,4];u=this.weightDataAnchor==null?document.createElement("a"):this.weightDataAnchor;u.download=this.weightDataFileName;u.href=r;return[4,defer(function(){return u.dispatchEvent(new MouseEvent("click"))})];case 3:l.sent();l.label=4;case 4:return[2,{modelArtifactsInfo:getModelArtifactsInfoForJSON(e)}]}})})};return BrowserDownloads}();to.URL_SCHEME="downloads://";var browserDownloadsRouter=function(e){if(!env().getBool("IS_BROWSER")){return null}else{if(!Array.isArray(e)&&e.startsWith(to.URL_SCHEME)){return browserDownloads(e.slice(to.URL_SCHEME.length))}else{return null}}};Pi.registerSaveRouter(browserDownloadsRouter);function browserDownloads(e){if(e===void 0){e="model"}return new to(e)}
/**
 * @license
 * Copyright 2019 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function monitorPromisesProgress(e,t,r,n){checkPromises(e);r=r==null?0:r;n=n==null?1:n;checkFraction(r,n);var i=0;var registerMonitor=function(o){o.then(function(o){var s=r+ ++i/e.length*(n-r);t(s);return o});return o};function checkPromises(e){assert(e!=null&&Array.isArray(e)&&e.length>0,function(){return"promises must be a none empty array"})}function checkFraction(e,t){assert(e>=0&&e<=1,function(){return"Progress fraction must be in range [0, 1], but "+"got startFraction ".concat(e)});assert(t>=0&&t<=1,function(){return"Progress fraction must be in range [0, 1], but "+"got endFraction ".concat(t)});assert(t>=e,function(){return"startFraction must be no more than endFraction, but "+"got startFraction ".concat(e," and endFraction ")+"".concat(t)})}return Promise.all(e.map(registerMonitor))}function loadWeightsAsArrayBuffer(e,t){return __awaiter(this,void 0,void 0,function(){var r,n,i,o,s,u,l,c,p,f,d;return __generator(this,function(h){switch(h.label){case 0:if(t==null){t={}}r=t.fetchFunc==null?env().platform.fetch:t.fetchFunc;n=e.map(function(e){return r(e,t.requestInit,{isBinary:true})});i=0;o=.5;if(!(t.onProgress==null))return[3,2];return[4,Promise.all(n)];case 1:u=h.sent();return[3,4];case 2:return[4,monitorPromisesProgress(n,t.onProgress,i,o)];case 3:u=h.sent();h.label=4;case 4:s=u;l=s.map(function(e){return e.arrayBuffer()});c=.5;p=1;if(!(t.onProgress==null))return[3,6];return[4,Promise.all(l)];case 5:d=h.sent();return[3,8];case 6:return[4,monitorPromisesProgress(l,t.onProgress,c,p)];case 7:d=h.sent();h.label=8;case 8:f=d;return[2,f]}})})}function streamWeights(e,t){var r=this;var n;var i=t.fetchFunc==null?env().platform.fetch:t.fetchFunc;var o=0;var s;(n=t.onProgress)===null||n===void 0?void 0:n.call(t,0);return new ReadableStream({pull:function(n){return __awaiter(r,void 0,void 0,function(){var r,u,l,c,p;return __generator(this,function(f){switch(f.label){case 0:if(!(o<e.length))return[3,4];if(!!s)return[3,2];return[4,i(e[o],t.requestInit,{isBinary:true})];case 1:u=f.sent().body;s=u.getReader();f.label=2;case 2:return[4,s.read()];case 3:l=f.sent(),c=l.done,p=l.value;if(c){o++;s=undefined;(r=t.onProgress)===null||r===void 0?void 0:r.call(t,o/e.length);return[3,0]}n.enqueue(p);return[2];case 4:n.close();return[2]}})})}})}var ro="application/octet-stream";var no="application/json";var ao=function(){function HTTPRequest(e,t){this.DEFAULT_METHOD="POST";if(t==null){t={}}this.weightPathPrefix=t.weightPathPrefix;this.weightUrlConverter=t.weightUrlConverter;if(t.fetchFunc!=null){assert(typeof t.fetchFunc==="function",function(){return"Must pass a function that matches the signature of "+"`fetch` (see "+"https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API)"});this.fetch=t.fetchFunc}else{this.fetch=env().platform.fetch}assert(e!=null&&e.length>0,function(){return"URL path for http must not be null, undefined or "+"empty."});if(Array.isArray(e)){assert(e.length===2,function(){return"URL paths for http must have a length of 2, "+"(actual length is ".concat(e.length,").")})}this.path=e;if(t.requestInit!=null&&t.requestInit.body!=null){throw new Error("requestInit is expected to have no pre-existing body, but has one.")}this.requestInit=t.requestInit||{};this.loadOptions=t}HTTPRequest.prototype.save=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n,i,o;return __generator(this,function(s){switch(s.label){case 0:if(e.modelTopology instanceof ArrayBuffer){throw new Error("BrowserHTTPRequest.save() does not support saving model topology "+"in binary formats yet.")}t=Object.assign({method:this.DEFAULT_METHOD},this.requestInit);t.body=new FormData;r=[{paths:["./model.weights.bin"],weights:e.weightSpecs}];n=getModelJSONForModelArtifacts(e,r);t.body.append("model.json",new Blob([JSON.stringify(n)],{type:no}),"model.json");if(e.weightData!=null){i=Li.join(e.weightData);t.body.append("model.weights.bin",new Blob([i],{type:ro}),"model.weights.bin")}return[4,this.fetch(this.path,t)];case 1:o=s.sent();if(o.ok){return[2,{modelArtifactsInfo:getModelArtifactsInfoForJSON(e),responses:[o]}]}else{throw new Error("BrowserHTTPRequest.save() failed due to HTTP response status "+"".concat(o.status,"."))}}})})};HTTPRequest.prototype.loadModelJSON=function(){return __awaiter(this,void 0,void 0,function(){var e,t,r,n,i;return __generator(this,function(o){switch(o.label){case 0:return[4,this.fetch(this.path,this.requestInit)];case 1:e=o.sent();if(!e.ok){throw new Error("Request to ".concat(this.path," failed with status code ")+"".concat(e.status,". Please verify this URL points to ")+"the model JSON of the model to load.")}o.label=2;case 2:o.trys.push([2,4,,5]);return[4,e.json()];case 3:t=o.sent();return[3,5];case 4:o.sent();r="Failed to parse model JSON of response from ".concat(this.path,".");if(this.path.endsWith(".pb")){r+=" Your path contains a .pb file extension. "+"Support for .pb models have been removed in TensorFlow.js 1.0 "+"in favor of .json models. You can re-convert your Python "+"TensorFlow model using the TensorFlow.js 1.0 conversion scripts "+"or you can convert your.pb models with the 'pb2json'"+"NPM script in the tensorflow/tfjs-converter repository."}else{r+=" Please make sure the server is serving valid "+"JSON for this request."}throw new Error(r);case 5:n=t.modelTopology;i=t.weightsManifest;if(n==null&&i==null){throw new Error("The JSON from HTTP path ".concat(this.path," contains neither model ")+"topology or manifest for weights.")}return[2,t]}})})};HTTPRequest.prototype.load=function(){return __awaiter(this,void 0,void 0,function(){var e;var t=this;return __generator(this,function(r){switch(r.label){case 0:if(this.loadOptions.streamWeights){return[2,this.loadStream()]}return[4,this.loadModelJSON()];case 1:e=r.sent();return[2,getModelArtifactsForJSON(e,function(e){return t.loadWeights(e)})]}})})};HTTPRequest.prototype.loadStream=function(){return __awaiter(this,void 0,void 0,function(){var e,t,r,n;var i=this;return __generator(this,function(o){switch(o.label){case 0:return[4,this.loadModelJSON()];case 1:e=o.sent();return[4,this.getWeightUrls(e.weightsManifest)];case 2:t=o.sent();r=getWeightSpecs(e.weightsManifest);n=function(){return streamWeights(t,i.loadOptions)};return[2,Object.assign(Object.assign({},e),{weightSpecs:r,getWeightStream:n})]}})})};HTTPRequest.prototype.getWeightUrls=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n,i,o,s,u,l,c,p,f,d,h,v,g,m,y;var b,k,w,_;return __generator(this,function(x){switch(x.label){case 0:t=Array.isArray(this.path)?this.path[1]:this.path;r=__read(parseUrl(t),2),n=r[0],i=r[1];o=this.weightPathPrefix||n;s=[];u=[];try{for(l=__values(e),c=l.next();!c.done;c=l.next()){p=c.value;try{for(f=(w=void 0,__values(p.paths)),d=f.next();!d.done;d=f.next()){h=d.value;if(this.weightUrlConverter!=null){u.push(this.weightUrlConverter(h))}else{s.push(o+h+i)}}}catch(e){w={error:e}}finally{try{if(d&&!d.done&&(_=f.return))_.call(f)}finally{if(w)throw w.error}}}}catch(e){b={error:e}}finally{try{if(c&&!c.done&&(k=l.return))k.call(l)}finally{if(b)throw b.error}}if(!this.weightUrlConverter)return[3,2];g=(v=s.push).apply;m=[s];y=[[]];return[4,Promise.all(u)];case 1:g.apply(v,m.concat([__spreadArray.apply(void 0,y.concat([__read.apply(void 0,[x.sent()]),false]))]));x.label=2;case 2:return[2,s]}})})};HTTPRequest.prototype.loadWeights=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n;return __generator(this,function(i){switch(i.label){case 0:return[4,this.getWeightUrls(e)];case 1:t=i.sent();r=getWeightSpecs(e);return[4,loadWeightsAsArrayBuffer(t,this.loadOptions)];case 2:n=i.sent();return[2,[r,n]]}})})};return HTTPRequest}();ao.URL_SCHEME_REGEX=/^https?:\/\//;function parseUrl(e){var t=e.lastIndexOf("/");var r=e.lastIndexOf("?");var n=e.substring(0,t);var i=r>t?e.substring(r):"";return[n+"/",i]}function isHTTPScheme(e){return e.match(ao.URL_SCHEME_REGEX)!=null}var httpRouter=function(e,t){if(typeof fetch==="undefined"&&(t==null||t.fetchFunc==null)){return null}else{var r=true;if(Array.isArray(e)){r=e.every(function(e){return isHTTPScheme(e)})}else{r=isHTTPScheme(e)}if(r){return http(e,t)}}return null};Pi.registerSaveRouter(httpRouter);Pi.registerLoadRouter(httpRouter);function http(e,t){return new ao(e,t)}function validateUpdateShape(e,t,r){var n=t.rank>1?t.shape[t.rank-1]:1;var i=t.rank>1?t.rank-1:1;var o="Must have updates.shape = indices.shape[:batchDim] + "+"shape[sliceDim:], got updates.shape: ".concat(r.shape)+", indices.shape: ".concat(t.shape,", shape: ").concat(e)+", sliceDim: ".concat(n,", and batchDim: ").concat(i,".");if(r.rank<i){throw new Error(o+" update.rank < ".concat(i,". "))}if(e.length<n+(r.rank-i)){throw new Error(o+" Output shape length < ".concat(n+(r.rank-i)))}if(r.rank!==i+e.length-n){throw new Error(o+" update.rank != ".concat(i+e.length-n))}for(var s=0;s<i;++s){if(r.shape[s]!==t.shape[s]){throw new Error(o+" updates.shape[".concat(s,"] (").concat(r.shape[s],") != indices.shape[").concat(s,"] (").concat(t.shape[s],")."))}}for(var s=0;s<r.rank-i;++s){if(r.shape[s+i]!==e[s+n]){throw new Error(o+" updates.shape[".concat(s+i,"] (").concat(r.shape[s+i],") != shape[").concat(s+i,"] (").concat(e[s+i],")"))}}}function validateInput(e,t,r){if(t.rank<1){throw new Error("tf.scatterND() expects the indices to be rank 1 or higher,"+" but the rank was ".concat(t.rank,"."))}if(e.rank<1){throw new Error("tf.scatterND() expects the updates to be rank 1 or higher,"+" but the rank was ".concat(e.rank,"."))}if(t.dtype!=="int32"){throw new Error("The dtype of 'indices' should be int32, but got dtype: ".concat(t.dtype))}if(r.length<1){throw new Error("Output rank must be greater or equal to 1, but got shape: ".concat(r))}if(r.length===0){if(t.size===0){throw new Error("Indices specified for empty output. indices shape: ".concat(t.shape))}if(e.size===0){throw new Error("Updates specified for empty output. updates shape: ".concat(e.shape))}}validateUpdateShape(r,t,e)}function parseSliceParams(e,t,r){var n;var i=e.shape.length;if(typeof t==="number"){n=__spreadArray([t],__read(new Array(i-1).fill(0)),false)}else if(t.length<i){n=t.concat(new Array(i-t.length).fill(0))}else{n=t.slice()}n.forEach(function(e){assert(e!==-1,function(){return"slice() does not support negative begin indexing."})});var o;if(r==null){o=new Array(i).fill(-1)}else if(typeof r==="number"){o=__spreadArray([r],__read(new Array(i-1).fill(-1)),false)}else if(r.length<i){o=r.concat(new Array(i-r.length).fill(-1))}else{o=r}o=o.map(function(t,r){if(t>=0){return t}else{assert(t===-1,function(){return"Negative size values should be exactly -1 but got "+"".concat(t," for the slice() size at index ").concat(r,".")});return e.shape[r]-n[r]}});return[n,o]}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var io=function(){function Serializable(){}Serializable.prototype.getClassName=function(){return this.constructor.className};Serializable.fromConfig=function(e,t){return new e(t)};return Serializable}();
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function abs_(e){var t=convertToTensor(e,"x","abs");if(t.dtype==="complex64"){var r={x:t};return wn.runKernel(Ne,r)}else{var r={x:t};return wn.runKernel(ne,r)}}var oo=op({abs_:abs_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function concat_(e,t){if(t===void 0){t=0}assert(e.length>=1,function(){return"Pass at least one tensor to concat"});var r=convertToTensorArray(e,"tensors","concat","string_or_numeric");if(r[0].dtype==="complex64"){r.forEach(function(e){if(e.dtype!=="complex64"){throw new Error("Cannot concatenate complex64 tensors with a tensor\n          with dtype ".concat(e.dtype,". "))}})}if(r.length===1){return ua(r[0])}var n=r;var i={axis:t};return wn.runKernel(Te,n,i)}var so=op({concat_:concat_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function sigmoid_(e){var t=convertToTensor(e,"x","sigmoid","float32");var r={x:t};return wn.runKernel(ir,r)}var uo=op({sigmoid_:sigmoid_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function batchToSpaceND_(e,t,r){var n=convertToTensor(e,"x","batchToSpaceND");var i=t.reduce(function(e,t){return e*t});assert(n.rank>=1+t.length,function(){return"input rank is ".concat(n.rank," but should be > than blockShape.length ").concat(t.length)});assert(r.length===t.length,function(){return"crops.length is ".concat(r.length," but should be equal to blockShape.length  ").concat(t.length)});assert(n.shape[0]%i===0,function(){return"input tensor batch is ".concat(n.shape[0]," but is not divisible by the product of ")+"the elements of blockShape ".concat(t.join(" * ")," === ").concat(i)});var o={x:n};var s={blockShape:t,crops:r};return wn.runKernel(ke,o,s)}var lo=op({batchToSpaceND_:batchToSpaceND_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function fill(e,t,r){assertNonNegativeIntegerDimensions(e);r=r||inferDtype(t);var n={shape:e,value:t,dtype:r};return wn.runKernel(Ye,{},n)}
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function cos_(e){var t=convertToTensor(e,"x","cos","float32");var r={x:t};return wn.runKernel(Me,r)}var co=op({cos_:cos_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function cosh_(e){var t=convertToTensor(e,"x","cosh","float32");var r={x:t};return wn.runKernel(Re,r)}var po=op({cosh_:cosh_});
/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the 'License');
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an 'AS IS' BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function cumprod_(e,t,r,n){if(t===void 0){t=0}if(r===void 0){r=false}if(n===void 0){n=false}var i=convertToTensor(e,"x","cumprod");var o={x:i};var s={axis:t,exclusive:r,reverse:n};return wn.runKernel(Le,o,s)}var fo=op({cumprod_:cumprod_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function expandDims_(e,t){if(t===void 0){t=0}var r=convertToTensor(e,"x","expandDims","string_or_numeric");assert(t<=r.rank,function(){return"Axis must be <= rank of the tensor"});var n={input:r};var i={dim:t};return wn.runKernel(Ze,n,i)}var ho=op({expandDims_:expandDims_});
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function gather_(e,t,r,n){if(r===void 0){r=0}if(n===void 0){n=0}var i=convertToTensor(e,"x","gather");var o=convertToTensor(t,"indices","gather","int32");var s={x:i,indices:o};var u={axis:r,batchDims:n};return wn.runKernel(rt,s,u)}var vo=op({gather_:gather_});function variableGrads(e,t){assert(isFunction(e),function(){return"The f passed in variableGrads(f) must be a function"});assert(t==null||Array.isArray(t)&&t.every(function(e){return e instanceof fn}),function(){return"The varList passed in variableGrads(f, varList) must be an array "+"of variables"});var r=t!=null;if(!r){t=[];for(var n in wn.registeredVariables){t.push(wn.registeredVariables[n])}}var i=r?t.filter(function(e){return!e.trainable}):null;var o=t.length;t=t.filter(function(e){return e.trainable});assert(t.length>0,function(){return"variableGrads() expects at least one of the input variables to "+"be trainable, but none of the ".concat(o," variables is ")+"trainable."});var s=true;var u=wn.gradients(e,t,null,s),l=u.value,c=u.grads;assert(c.some(function(e){return e!=null}),function(){return"Cannot find a connection between any variable and the result of "+"the loss function y=f(x). Please make sure the operations that "+"use variables are inside the function f passed to minimize()."});assert(l.rank===0,function(){return"The f passed in variableGrads(f) must return a scalar, but it "+"returned a rank-".concat(l.rank," tensor")});var p={};t.forEach(function(e,t){if(c[t]!=null){p[e.name]=c[t]}});if(i!=null){i.forEach(function(e){return p[e.name]=null})}return{value:l,grads:p}}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function logicalNot_(e){var t=convertToTensor(e,"x","logicalNot","bool");var r={x:t};return wn.runKernel(gt,r)}var go=op({logicalNot_:logicalNot_});function maximum_(e,t){var r;var n=convertToTensor(e,"a","maximum");var i=convertToTensor(t,"b","maximum");r=__read(makeTypesMatch(n,i),2),n=r[0],i=r[1];if(n.dtype==="bool"){n=xn(n,"int32");i=xn(i,"int32")}assertAndGetBroadcastShape(n.shape,i.shape);var o={a:n,b:i};return wn.runKernel(wt,o)}var mo=op({maximum_:maximum_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function pad_(e,t,r){if(r===void 0){r=0}var n=convertToTensor(e,"x","pad");if(n.rank===0){throw new Error("pad(scalar) is not defined. Pass non-scalar to pad")}var i={paddings:t,constantValue:r};var o={x:n};return wn.runKernel(Lt,o,i)}var yo=op({pad_:pad_});var bo={exports:{}};(function(e){(function(e,t,r){function Alea(e){var t=this,r=Mash();t.next=function(){var e=2091639*t.s0+t.c*2.3283064365386963e-10;t.s0=t.s1;t.s1=t.s2;return t.s2=e-(t.c=e|0)};t.c=1;t.s0=r(" ");t.s1=r(" ");t.s2=r(" ");t.s0-=r(e);if(t.s0<0){t.s0+=1}t.s1-=r(e);if(t.s1<0){t.s1+=1}t.s2-=r(e);if(t.s2<0){t.s2+=1}r=null}function copy(e,t){t.c=e.c;t.s0=e.s0;t.s1=e.s1;t.s2=e.s2;return t}function impl(e,t){var r=new Alea(e),n=t&&t.state,i=r.next;i.int32=function(){return r.next()*4294967296|0};i.double=function(){return i()+(i()*2097152|0)*11102230246251565e-32};i.quick=i;if(n){if(typeof n=="object")copy(n,r);i.state=function(){return copy(r,{})}}return i}function Mash(){var e=4022871197;var mash=function(t){t=String(t);for(var r=0;r<t.length;r++){e+=t.charCodeAt(r);var n=.02519603282416938*e;e=n>>>0;n-=e;n*=e;e=n>>>0;n-=e;e+=n*4294967296}return(e>>>0)*2.3283064365386963e-10};return mash}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.alea=impl}})(Fr,e,typeof undefined=="function")})(bo);var ko=bo.exports;var wo={exports:{}};(function(e){(function(e,t,r){function XorGen(e){var t=this,r="";t.x=0;t.y=0;t.z=0;t.w=0;t.next=function(){var e=t.x^t.x<<11;t.x=t.y;t.y=t.z;t.z=t.w;return t.w^=t.w>>>19^e^e>>>8};if(e===(e|0)){t.x=e}else{r+=e}for(var n=0;n<r.length+64;n++){t.x^=r.charCodeAt(n)|0;t.next()}}function copy(e,t){t.x=e.x;t.y=e.y;t.z=e.z;t.w=e.w;return t}function impl(e,t){var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(typeof n=="object")copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.xor128=impl}})(Fr,e,typeof undefined=="function")})(wo);var _o=wo.exports;var xo={exports:{}};(function(e){(function(e,t,r){function XorGen(e){var t=this,r="";t.next=function(){var e=t.x^t.x>>>2;t.x=t.y;t.y=t.z;t.z=t.w;t.w=t.v;return(t.d=t.d+362437|0)+(t.v=t.v^t.v<<4^(e^e<<1))|0};t.x=0;t.y=0;t.z=0;t.w=0;t.v=0;if(e===(e|0)){t.x=e}else{r+=e}for(var n=0;n<r.length+64;n++){t.x^=r.charCodeAt(n)|0;if(n==r.length){t.d=t.x<<10^t.x>>>4}t.next()}}function copy(e,t){t.x=e.x;t.y=e.y;t.z=e.z;t.w=e.w;t.v=e.v;t.d=e.d;return t}function impl(e,t){var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(typeof n=="object")copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.xorwow=impl}})(Fr,e,typeof undefined=="function")})(xo);var So=xo.exports;var Io={exports:{}};(function(e){(function(e,t,r){function XorGen(e){var t=this;t.next=function(){var e=t.x,r=t.i,n,i;n=e[r];n^=n>>>7;i=n^n<<24;n=e[r+1&7];i^=n^n>>>10;n=e[r+3&7];i^=n^n>>>3;n=e[r+4&7];i^=n^n<<7;n=e[r+7&7];n=n^n<<13;i^=n^n<<9;e[r]=i;t.i=r+1&7;return i};function init(e,t){var r,n=[];if(t===(t|0)){n[0]=t}else{t=""+t;for(r=0;r<t.length;++r){n[r&7]=n[r&7]<<15^t.charCodeAt(r)+n[r+1&7]<<13}}while(n.length<8)n.push(0);for(r=0;r<8&&n[r]===0;++r);if(r==8)n[7]=-1;else n[r];e.x=n;e.i=0;for(r=256;r>0;--r){e.next()}}init(t,e)}function copy(e,t){t.x=e.x.slice();t.i=e.i;return t}function impl(e,t){if(e==null)e=+new Date;var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(n.x)copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.xorshift7=impl}})(Fr,e,typeof undefined=="function")})(Io);var No=Io.exports;var To={exports:{}};(function(e){(function(e,t,r){function XorGen(e){var t=this;t.next=function(){var e=t.w,r=t.X,n=t.i,i,o;t.w=e=e+1640531527|0;o=r[n+34&127];i=r[n=n+1&127];o^=o<<13;i^=i<<17;o^=o>>>15;i^=i>>>12;o=r[n]=o^i;t.i=n;return o+(e^e>>>16)|0};function init(e,t){var r,n,i,o,s,u=[],l=128;if(t===(t|0)){n=t;t=null}else{t=t+"\0";n=0;l=Math.max(l,t.length)}for(i=0,o=-32;o<l;++o){if(t)n^=t.charCodeAt((o+32)%t.length);if(o===0)s=n;n^=n<<10;n^=n>>>15;n^=n<<4;n^=n>>>13;if(o>=0){s=s+1640531527|0;r=u[o&127]^=n+s;i=0==r?i+1:0}}if(i>=128){u[(t&&t.length||0)&127]=-1}i=127;for(o=4*128;o>0;--o){n=u[i+34&127];r=u[i=i+1&127];n^=n<<13;r^=r<<17;n^=n>>>15;r^=r>>>12;u[i]=n^r}e.w=s;e.X=u;e.i=i}init(t,e)}function copy(e,t){t.i=e.i;t.w=e.w;t.X=e.X.slice();return t}function impl(e,t){if(e==null)e=+new Date;var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(n.X)copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.xor4096=impl}})(Fr,e,typeof undefined=="function")})(To);var Ao=To.exports;var Co={exports:{}};(function(e){(function(e,t,r){function XorGen(e){var t=this,r="";t.next=function(){var e=t.b,r=t.c,n=t.d,i=t.a;e=e<<25^e>>>7^r;r=r-n|0;n=n<<24^n>>>8^i;i=i-e|0;t.b=e=e<<20^e>>>12^r;t.c=r=r-n|0;t.d=n<<16^r>>>16^i;return t.a=i-e|0};t.a=0;t.b=0;t.c=2654435769|0;t.d=1367130551;if(e===Math.floor(e)){t.a=e/4294967296|0;t.b=e|0}else{r+=e}for(var n=0;n<r.length+20;n++){t.b^=r.charCodeAt(n)|0;t.next()}}function copy(e,t){t.a=e.a;t.b=e.b;t.c=e.c;t.d=e.d;return t}function impl(e,t){var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(typeof n=="object")copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.tychei=impl}})(Fr,e,typeof undefined=="function")})(Co);var zo=Co.exports;var Do={exports:{}};var Eo={};var Fo={__proto__:null,default:Eo};var Mo=getAugmentedNamespace(Fo);(function(e){(function(t,r,n){var i=256,o=6,s=52,u="random",l=n.pow(i,o),c=n.pow(2,s),p=c*2,f=i-1,d;function seedrandom(e,t,s){var f=[];t=t==true?{entropy:true}:t||{};var d=mixkey(flatten(t.entropy?[e,tostring(r)]:e==null?autoseed():e,3),f);var h=new ARC4(f);var prng=function(){var e=h.g(o),t=l,r=0;while(e<c){e=(e+r)*i;t*=i;r=h.g(1)}while(e>=p){e/=2;t/=2;r>>>=1}return(e+r)/t};prng.int32=function(){return h.g(4)|0};prng.quick=function(){return h.g(4)/4294967296};prng.double=prng;mixkey(tostring(h.S),r);return(t.pass||s||function(e,t,r,i){if(i){if(i.S){copy(i,h)}e.state=function(){return copy(h,{})}}if(r){n[u]=e;return t}else return e})(prng,d,"global"in t?t.global:this==n,t.state)}function ARC4(e){var t,r=e.length,n=this,o=0,s=n.i=n.j=0,u=n.S=[];if(!r){e=[r++]}while(o<i){u[o]=o++}for(o=0;o<i;o++){u[o]=u[s=f&s+e[o%r]+(t=u[o])];u[s]=t}(n.g=function(e){var t,r=0,o=n.i,s=n.j,u=n.S;while(e--){t=u[o=f&o+1];r=r*i+u[f&(u[o]=u[s=f&s+t])+(u[s]=t)]}n.i=o;n.j=s;return r})(i)}function copy(e,t){t.i=e.i;t.j=e.j;t.S=e.S.slice();return t}function flatten(e,t){var r=[],n=typeof e,i;if(t&&n=="object"){for(i in e){try{r.push(flatten(e[i],t-1))}catch(e){}}}return r.length?r:n=="string"?e:e+"\0"}function mixkey(e,t){var r=e+"",n,i=0;while(i<r.length){t[f&i]=f&(n^=t[f&i]*19)+r.charCodeAt(i++)}return tostring(t)}function autoseed(){try{var e;if(d&&(e=d.randomBytes)){e=e(i)}else{e=new Uint8Array(i);(t.crypto||t.msCrypto).getRandomValues(e)}return tostring(e)}catch(e){var n=t.navigator,o=n&&n.plugins;return[+new Date,t,o,t.screen,tostring(r)]}}function tostring(e){return String.fromCharCode.apply(0,e)}mixkey(n.random(),r);if(e.exports){e.exports=seedrandom;try{d=Mo}catch(e){}}else{n["seed"+u]=seedrandom}})(typeof self!=="undefined"?self:Fr,[],Math)})(Do);var Ro=Do.exports;var Lo=ko;var Oo=_o;var Po=So;var Bo=No;var Wo=Ao;var Uo=zo;var Go=Ro;Go.alea=Lo;Go.xor128=Oo;Go.xorwow=Po;Go.xorshift7=Bo;Go.xor4096=Wo;Go.tychei=Uo;
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function reverse_(e,t){var r=convertToTensor(e,"x","reverse");var n={x:r};var i={dims:t};return wn.runKernel(Jt,n,i)}var Vo=op({reverse_:reverse_});
/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */function tensorScatterUpdate_(e,t,r){var n=convertToTensor(e,"tensor","tensorScatterupdate");var i=convertToTensor(t,"indices","tensorScatterupdate","int32");var o=convertToTensor(r,"updates","tensorScatterupdate");validateInput(o,i,n.shape);if(n.dtype!==o.dtype){throw new Error("tensor and updates must have the same dtype, instead they are ".concat(n.dtype," and ").concat(o.dtype,"."))}var s={tensor:n,indices:i,updates:o};var u={};return wn.runKernel(Yt,s,u)}op({tensorScatterUpdate_:tensorScatterUpdate_});
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var jo;(function(e){e[e["NONE"]=0]="NONE";e[e["MEAN"]=1]="MEAN";e[e["SUM"]=2]="SUM";e[e["SUM_BY_NONZERO_WEIGHTS"]=3]="SUM_BY_NONZERO_WEIGHTS"})(jo||(jo={}));var qo=function(e){__extends(Optimizer,e);function Optimizer(){return e!==null&&e.apply(this,arguments)||this}Optimizer.prototype.minimize=function(e,t,r){if(t===void 0){t=false}var n=this.computeGradients(e,r),i=n.value,o=n.grads;if(r!=null){var s=r.map(function(e){return{name:e.name,tensor:o[e.name]}});this.applyGradients(s)}else{this.applyGradients(o)}dispose(o);if(t){return i}else{i.dispose();return null}};Object.defineProperty(Optimizer.prototype,"iterations",{get:function(){if(this.iterations_==null){this.iterations_=0}return this.iterations_},enumerable:false,configurable:true});Optimizer.prototype.incrementIterations=function(){this.iterations_=this.iterations+1};Optimizer.prototype.computeGradients=function(e,t){return variableGrads(e,t)};Optimizer.prototype.dispose=function(){if(this.iterations_!=null){dispose(this.iterations_)}};Optimizer.prototype.saveIterations=function(){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){if(this.iterations_==null){this.iterations_=0}return[2,{name:"iter",tensor:scalar(this.iterations_,"int32")}]})})};Optimizer.prototype.getWeights=function(){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){throw new Error("getWeights() is not implemented for this optimizer yet.")})})};Optimizer.prototype.setWeights=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){throw new Error("setWeights() is not implemented for this optimizer class "+"".concat(this.getClassName()))})})};Optimizer.prototype.extractIterations=function(e){return __awaiter(this,void 0,void 0,function(){var t;return __generator(this,function(r){switch(r.label){case 0:t=this;return[4,e[0].tensor.data()];case 1:t.iterations_=r.sent()[0];return[2,e.slice(1)]}})})};return Optimizer}(io);Object.defineProperty(qo,Symbol.hasInstance,{value:function(e){return e.minimize!=null&&e.computeGradients!=null&&e.applyGradients!=null}});(function(e){__extends(AdadeltaOptimizer,e);function AdadeltaOptimizer(t,r,n){if(n===void 0){n=null}var i=e.call(this)||this;i.learningRate=t;i.rho=r;i.epsilon=n;i.accumulatedGrads=[];i.accumulatedUpdates=[];if(n==null){i.epsilon=wn.backend.epsilon()}return i}Object.defineProperty(AdadeltaOptimizer,"className",{get:function(){return"Adadelta"},enumerable:false,configurable:true});AdadeltaOptimizer.prototype.applyGradients=function(e){var t=this;var r=Array.isArray(e)?e.map(function(e){return e.name}):Object.keys(e);r.forEach(function(r,n){var i=wn.registeredVariables[r];var o=false;if(t.accumulatedGrads[n]==null){t.accumulatedGrads[n]={originalName:"".concat(r,"/accum_grad"),variable:tidy(function(){return Bn(i).variable(o)})}}if(t.accumulatedUpdates[n]==null){t.accumulatedUpdates[n]={originalName:"".concat(r,"/accum_var"),variable:tidy(function(){return Bn(i).variable(o)})}}var s=Array.isArray(e)?e[n].tensor:e[r];if(s==null){return}var u=t.accumulatedGrads[n].variable;var l=t.accumulatedUpdates[n].variable;tidy(function(){var e=Vn(Sn(u,t.rho),Sn(Dn(s),1-t.rho));var r=Sn(An(zn(Vn(l,t.epsilon)),zn(Vn(u,t.epsilon))),s);var n=Vn(Sn(l,t.rho),Sn(Dn(r),1-t.rho));u.assign(e);l.assign(n);var o=Vn(Sn(r,-t.learningRate),i);i.assign(o)})});this.incrementIterations()};AdadeltaOptimizer.prototype.dispose=function(){if(this.accumulatedUpdates!=null){dispose(this.accumulatedGrads.map(function(e){return e.variable}));dispose(this.accumulatedUpdates.map(function(e){return e.variable}))}};AdadeltaOptimizer.prototype.getWeights=function(){return __awaiter(this,void 0,void 0,function(){var e;return __generator(this,function(t){switch(t.label){case 0:e=__spreadArray(__spreadArray([],__read(this.accumulatedGrads),false),__read(this.accumulatedUpdates),false);return[4,this.saveIterations()];case 1:return[2,[t.sent()].concat(e.map(function(e){return{name:e.originalName,tensor:e.variable}}))]}})})};AdadeltaOptimizer.prototype.setWeights=function(e){return __awaiter(this,void 0,void 0,function(){var t,r;return __generator(this,function(n){switch(n.label){case 0:return[4,this.extractIterations(e)];case 1:e=n.sent();t=e.length/2;r=false;this.accumulatedGrads=e.slice(0,t).map(function(e){return{originalName:e.name,variable:e.tensor.variable(r)}});this.accumulatedUpdates=e.slice(t,t*2).map(function(e){return{originalName:e.name,variable:e.tensor.variable(r)}});return[2]}})})};AdadeltaOptimizer.prototype.getConfig=function(){return{learningRate:this.learningRate,rho:this.rho,epsilon:this.epsilon}};AdadeltaOptimizer.fromConfig=function(e,t){return new e(t["learningRate"],t["rho"],t["epsilon"])};return AdadeltaOptimizer})(qo);(function(e){__extends(AdagradOptimizer,e);function AdagradOptimizer(t,r){if(r===void 0){r=.1}var n=e.call(this)||this;n.learningRate=t;n.initialAccumulatorValue=r;n.accumulatedGrads=[];return n}Object.defineProperty(AdagradOptimizer,"className",{get:function(){return"Adagrad"},enumerable:false,configurable:true});AdagradOptimizer.prototype.applyGradients=function(e){var t=this;var r=Array.isArray(e)?e.map(function(e){return e.name}):Object.keys(e);r.forEach(function(r,n){var i=wn.registeredVariables[r];if(t.accumulatedGrads[n]==null){var o=false;t.accumulatedGrads[n]={originalName:"".concat(r,"/accumulator"),variable:tidy(function(){return fill(i.shape,t.initialAccumulatorValue).variable(o)})}}var s=Array.isArray(e)?e[n].tensor:e[r];if(s==null){return}var u=t.accumulatedGrads[n].variable;tidy(function(){var e=Vn(u,Dn(s));u.assign(e);var r=Vn(Sn(An(s,zn(Vn(e,wn.backend.epsilon()))),-t.learningRate),i);i.assign(r)})});this.incrementIterations()};AdagradOptimizer.prototype.dispose=function(){if(this.accumulatedGrads!=null){dispose(this.accumulatedGrads.map(function(e){return e.variable}))}};AdagradOptimizer.prototype.getWeights=function(){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){switch(e.label){case 0:return[4,this.saveIterations()];case 1:return[2,[e.sent()].concat(this.accumulatedGrads.map(function(e){return{name:e.originalName,tensor:e.variable}}))]}})})};AdagradOptimizer.prototype.setWeights=function(e){return __awaiter(this,void 0,void 0,function(){var t;return __generator(this,function(r){switch(r.label){case 0:return[4,this.extractIterations(e)];case 1:e=r.sent();t=false;this.accumulatedGrads=e.map(function(e){return{originalName:e.name,variable:e.tensor.variable(t)}});return[2]}})})};AdagradOptimizer.prototype.getConfig=function(){return{learningRate:this.learningRate,initialAccumulatorValue:this.initialAccumulatorValue}};AdagradOptimizer.fromConfig=function(e,t){return new e(t["learningRate"],t["initialAccumulatorValue"])};return AdagradOptimizer})(qo);(function(e){__extends(AdamOptimizer,e);function AdamOptimizer(t,r,n,i){if(i===void 0){i=null}var o=e.call(this)||this;o.learningRate=t;o.beta1=r;o.beta2=n;o.epsilon=i;o.accumulatedFirstMoment=[];o.accumulatedSecondMoment=[];tidy(function(){o.accBeta1=scalar(r).variable();o.accBeta2=scalar(n).variable()});if(i==null){o.epsilon=wn.backend.epsilon()}return o}Object.defineProperty(AdamOptimizer,"className",{get:function(){return"Adam"},enumerable:false,configurable:true});AdamOptimizer.prototype.applyGradients=function(e){var t=this;var r=Array.isArray(e)?e.map(function(e){return e.name}):Object.keys(e);tidy(function(){var n=En(1,t.accBeta1);var i=En(1,t.accBeta2);r.forEach(function(r,o){var s=wn.registeredVariables[r];var u=false;if(t.accumulatedFirstMoment[o]==null){t.accumulatedFirstMoment[o]={originalName:"".concat(r,"/m"),variable:tidy(function(){return Bn(s).variable(u)})}}if(t.accumulatedSecondMoment[o]==null){t.accumulatedSecondMoment[o]={originalName:"".concat(r,"/v"),variable:tidy(function(){return Bn(s).variable(u)})}}var l=Array.isArray(e)?e[o].tensor:e[r];if(l==null){return}var c=t.accumulatedFirstMoment[o].variable;var p=t.accumulatedSecondMoment[o].variable;var f=Vn(Sn(c,t.beta1),Sn(l,1-t.beta1));var d=Vn(Sn(p,t.beta2),Sn(Dn(l),1-t.beta2));var h=An(f,n);var v=An(d,i);c.assign(f);p.assign(d);var g=Vn(Sn(An(h,Vn(zn(v),t.epsilon)),-t.learningRate),s);s.assign(g)});t.accBeta1.assign(Sn(t.accBeta1,t.beta1));t.accBeta2.assign(Sn(t.accBeta2,t.beta2))});this.incrementIterations()};AdamOptimizer.prototype.dispose=function(){this.accBeta1.dispose();this.accBeta2.dispose();if(this.accumulatedFirstMoment!=null){dispose(this.accumulatedFirstMoment.map(function(e){return e.variable}))}if(this.accumulatedSecondMoment!=null){dispose(this.accumulatedSecondMoment.map(function(e){return e.variable}))}};AdamOptimizer.prototype.getWeights=function(){return __awaiter(this,void 0,void 0,function(){var e;return __generator(this,function(t){switch(t.label){case 0:e=__spreadArray(__spreadArray([],__read(this.accumulatedFirstMoment),false),__read(this.accumulatedSecondMoment),false);return[4,this.saveIterations()];case 1:return[2,[t.sent()].concat(e.map(function(e){return{name:e.originalName,tensor:e.variable}}))]}})})};AdamOptimizer.prototype.setWeights=function(e){return __awaiter(this,void 0,void 0,function(){var t,r;var n=this;return __generator(this,function(i){switch(i.label){case 0:return[4,this.extractIterations(e)];case 1:e=i.sent();tidy(function(){n.accBeta1.assign(Ei(n.beta1,n.iterations_+1));n.accBeta2.assign(Ei(n.beta2,n.iterations_+1))});t=e.length/2;r=false;this.accumulatedFirstMoment=e.slice(0,t).map(function(e){return{originalName:e.name,variable:e.tensor.variable(r)}});this.accumulatedSecondMoment=e.slice(t,t*2).map(function(e){return{originalName:e.name,variable:e.tensor.variable(r)}});return[2]}})})};AdamOptimizer.prototype.getConfig=function(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon}};AdamOptimizer.fromConfig=function(e,t){return new e(t["learningRate"],t["beta1"],t["beta2"],t["epsilon"])};return AdamOptimizer})(qo);(function(e){__extends(AdamaxOptimizer,e);function AdamaxOptimizer(t,r,n,i,o){if(i===void 0){i=null}if(o===void 0){o=0}var s=e.call(this)||this;s.learningRate=t;s.beta1=r;s.beta2=n;s.epsilon=i;s.decay=o;s.accumulatedFirstMoment=[];s.accumulatedWeightedInfNorm=[];tidy(function(){s.iteration=scalar(0).variable();s.accBeta1=scalar(r).variable()});if(i==null){s.epsilon=wn.backend.epsilon()}return s}Object.defineProperty(AdamaxOptimizer,"className",{get:function(){return"Adamax"},enumerable:false,configurable:true});AdamaxOptimizer.prototype.applyGradients=function(e){var t=this;var r=Array.isArray(e)?e.map(function(e){return e.name}):Object.keys(e);tidy(function(){var n=En(1,t.accBeta1);var i=An(-t.learningRate,Vn(Sn(t.iteration,t.decay),1));r.forEach(function(r,o){var s=wn.registeredVariables[r];var u=false;if(t.accumulatedFirstMoment[o]==null){t.accumulatedFirstMoment[o]={originalName:"".concat(r,"/m"),variable:Bn(s).variable(u)}}if(t.accumulatedWeightedInfNorm[o]==null){t.accumulatedWeightedInfNorm[o]={originalName:"".concat(r,"/v"),variable:Bn(s).variable(u)}}var l=Array.isArray(e)?e[o].tensor:e[r];if(l==null){return}var c=t.accumulatedFirstMoment[o].variable;var p=t.accumulatedWeightedInfNorm[o].variable;var f=Vn(Sn(c,t.beta1),Sn(l,1-t.beta1));var d=Sn(p,t.beta2);var h=oo(l);var v=mo(d,h);c.assign(f);p.assign(v);var g=Vn(Sn(An(i,n),An(f,Vn(v,t.epsilon))),s);s.assign(g)});t.iteration.assign(Vn(t.iteration,1));t.accBeta1.assign(Sn(t.accBeta1,t.beta1))});this.incrementIterations()};AdamaxOptimizer.prototype.dispose=function(){this.accBeta1.dispose();this.iteration.dispose();if(this.accumulatedFirstMoment!=null){dispose(this.accumulatedFirstMoment.map(function(e){return e.variable}))}if(this.accumulatedWeightedInfNorm!=null){dispose(this.accumulatedWeightedInfNorm.map(function(e){return e.variable}))}};AdamaxOptimizer.prototype.getWeights=function(){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){throw new Error("getWeights() is not implemented for Adamax yet.")})})};AdamaxOptimizer.prototype.setWeights=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){throw new Error("setWeights() is not implemented for Adamax yet.")})})};AdamaxOptimizer.prototype.getConfig=function(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon,decay:this.decay}};AdamaxOptimizer.fromConfig=function(e,t){return new e(t["learningRate"],t["beta1"],t["beta2"],t["epsilon"],t["decay"])};return AdamaxOptimizer})(qo);var Ko=function(e){__extends(SGDOptimizer,e);function SGDOptimizer(t){var r=e.call(this)||this;r.learningRate=t;r.setLearningRate(t);return r}Object.defineProperty(SGDOptimizer,"className",{get:function(){return"SGD"},enumerable:false,configurable:true});SGDOptimizer.prototype.applyGradients=function(e){var t=this;var r=Array.isArray(e)?e.map(function(e){return e.name}):Object.keys(e);r.forEach(function(r,n){var i=Array.isArray(e)?e[n].tensor:e[r];if(i==null){return}var o=wn.registeredVariables[r];tidy(function(){var e=Vn(Sn(t.c,i),o);o.assign(e)})});this.incrementIterations()};SGDOptimizer.prototype.setLearningRate=function(e){this.learningRate=e;if(this.c!=null){this.c.dispose()}this.c=keep(scalar(-e))};SGDOptimizer.prototype.dispose=function(){this.c.dispose()};SGDOptimizer.prototype.getWeights=function(){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){switch(e.label){case 0:return[4,this.saveIterations()];case 1:return[2,[e.sent()]]}})})};SGDOptimizer.prototype.setWeights=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(t){switch(t.label){case 0:return[4,this.extractIterations(e)];case 1:e=t.sent();if(e.length!==0){throw new Error("SGD optimizer does not have settable weights.")}return[2]}})})};SGDOptimizer.prototype.getConfig=function(){return{learningRate:this.learningRate}};SGDOptimizer.fromConfig=function(e,t){return new e(t["learningRate"])};return SGDOptimizer}(qo);(function(e){__extends(MomentumOptimizer,e);function MomentumOptimizer(t,r,n){if(n===void 0){n=false}var i=e.call(this,t)||this;i.learningRate=t;i.momentum=r;i.useNesterov=n;i.accumulations=[];i.m=scalar(i.momentum);return i}Object.defineProperty(MomentumOptimizer,"className",{get:function(){return"Momentum"},enumerable:false,configurable:true});MomentumOptimizer.prototype.applyGradients=function(e){var t=this;var r=Array.isArray(e)?e.map(function(e){return e.name}):Object.keys(e);r.forEach(function(r,n){var i=wn.registeredVariables[r];if(t.accumulations[n]==null){var o=false;t.accumulations[n]={originalName:"".concat(r,"/momentum"),variable:tidy(function(){return Bn(i).variable(o)})}}var s=t.accumulations[n].variable;var u=Array.isArray(e)?e[n].tensor:e[r];if(u==null){return}tidy(function(){var e;var r=Vn(Sn(t.m,s),u);if(t.useNesterov){e=Vn(Sn(t.c,Vn(u,Sn(r,t.m))),i)}else{e=Vn(Sn(t.c,r),i)}s.assign(r);i.assign(e)})});this.incrementIterations()};MomentumOptimizer.prototype.dispose=function(){this.m.dispose();if(this.accumulations!=null){dispose(this.accumulations.map(function(e){return e.variable}))}};MomentumOptimizer.prototype.setMomentum=function(e){this.momentum=e};MomentumOptimizer.prototype.getWeights=function(){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){switch(e.label){case 0:return[4,this.saveIterations()];case 1:return[2,[e.sent()].concat(this.accumulations.map(function(e){return{name:e.originalName,tensor:e.variable}}))]}})})};MomentumOptimizer.prototype.setWeights=function(e){return __awaiter(this,void 0,void 0,function(){var t;return __generator(this,function(r){switch(r.label){case 0:return[4,this.extractIterations(e)];case 1:e=r.sent();t=false;this.accumulations=e.map(function(e){return{originalName:e.name,variable:e.tensor.variable(t)}});return[2]}})})};MomentumOptimizer.prototype.getConfig=function(){return{learningRate:this.learningRate,momentum:this.momentum,useNesterov:this.useNesterov}};MomentumOptimizer.fromConfig=function(e,t){return new e(t["learningRate"],t["momentum"],t["useNesterov"])};return MomentumOptimizer})(Ko);(function(e){__extends(RMSPropOptimizer,e);function RMSPropOptimizer(t,r,n,i,o){if(r===void 0){r=.9}if(n===void 0){n=0}if(i===void 0){i=null}if(o===void 0){o=false}var s=e.call(this)||this;s.learningRate=t;s.decay=r;s.momentum=n;s.epsilon=i;s.accumulatedMeanSquares=[];s.accumulatedMoments=[];s.accumulatedMeanGrads=[];s.centered=o;if(i==null){s.epsilon=wn.backend.epsilon()}if(t==null){throw new Error("learningRate for RMSPropOptimizer must be defined.")}return s}Object.defineProperty(RMSPropOptimizer,"className",{get:function(){return"RMSProp"},enumerable:false,configurable:true});RMSPropOptimizer.prototype.applyGradients=function(e){var t=this;var r=Array.isArray(e)?e.map(function(e){return e.name}):Object.keys(e);r.forEach(function(r,n){var i=wn.registeredVariables[r];var o=false;if(t.accumulatedMeanSquares[n]==null){t.accumulatedMeanSquares[n]={originalName:"".concat(r,"/rms"),variable:tidy(function(){return Bn(i).variable(o)})}}if(t.accumulatedMoments[n]==null){t.accumulatedMoments[n]={originalName:"".concat(r,"/momentum"),variable:tidy(function(){return Bn(i).variable(o)})}}if(t.accumulatedMeanGrads[n]==null&&t.centered){t.accumulatedMeanGrads[n]={originalName:"".concat(r,"/mg"),variable:tidy(function(){return Bn(i).variable(o)})}}var s=Array.isArray(e)?e[n].tensor:e[r];if(s==null){return}var u=t.accumulatedMeanSquares[n].variable;var l=t.accumulatedMoments[n].variable;tidy(function(){var e=Vn(Sn(u,t.decay),Sn(Dn(s),1-t.decay));if(t.centered){var r=t.accumulatedMeanGrads[n].variable;var o=Vn(Sn(r,t.decay),Sn(s,1-t.decay));var c=An(Sn(s,t.learningRate),zn(En(e,Vn(Dn(o),t.epsilon))));var p=Vn(Sn(l,t.momentum),c);u.assign(e);r.assign(o);l.assign(p);var f=En(i,p);i.assign(f)}else{var d=Vn(Sn(u,t.decay),Sn(Dn(s),1-t.decay));var p=Vn(Sn(l,t.momentum),An(Sn(s,t.learningRate),zn(Vn(d,t.epsilon))));u.assign(d);l.assign(p);var f=En(i,p);i.assign(f)}})});this.incrementIterations()};RMSPropOptimizer.prototype.dispose=function(){if(this.accumulatedMeanSquares!=null){dispose(this.accumulatedMeanSquares.map(function(e){return e.variable}))}if(this.accumulatedMeanGrads!=null&&this.centered){dispose(this.accumulatedMeanGrads.map(function(e){return e.variable}))}if(this.accumulatedMoments!=null){dispose(this.accumulatedMoments.map(function(e){return e.variable}))}};RMSPropOptimizer.prototype.getWeights=function(){return __awaiter(this,void 0,void 0,function(){var e;return __generator(this,function(t){switch(t.label){case 0:e=__spreadArray(__spreadArray([],__read(this.accumulatedMeanSquares),false),__read(this.accumulatedMoments),false);if(this.centered){e.push.apply(e,__spreadArray([],__read(this.accumulatedMeanGrads),false))}return[4,this.saveIterations()];case 1:return[2,[t.sent()].concat(e.map(function(e){return{name:e.originalName,tensor:e.variable}}))]}})})};RMSPropOptimizer.prototype.setWeights=function(e){return __awaiter(this,void 0,void 0,function(){var t,r;return __generator(this,function(n){switch(n.label){case 0:return[4,this.extractIterations(e)];case 1:e=n.sent();t=this.centered?e.length/3:e.length/2;r=false;this.accumulatedMeanSquares=e.slice(0,t).map(function(e){return{originalName:e.name,variable:e.tensor.variable(r)}});this.accumulatedMoments=e.slice(t,t*2).map(function(e){return{originalName:e.name,variable:e.tensor.variable(r)}});if(this.centered){this.accumulatedMeanGrads=e.slice(t*2,t*3).map(function(e){return{originalName:e.name,variable:e.tensor.variable(r)}})}return[2]}})})};RMSPropOptimizer.prototype.getConfig=function(){return{learningRate:this.learningRate,decay:this.decay,momentum:this.momentum,epsilon:this.epsilon,centered:this.centered}};RMSPropOptimizer.fromConfig=function(e,t){return new e(t["learningRate"],t["decay"],t["momentum"],t["epsilon"],t["centered"])};return RMSPropOptimizer})(qo);
/**
 * @license
 * Copyright 2017 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */(function(){if(typeof requestAnimationFrame!=="undefined"){return requestAnimationFrame}else if(typeof setImmediate!=="undefined"){return setImmediate}return function(e){return e()}})();
/**
 * @license
 * Copyright 2022 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ho;(function(e){e[e["FIRST_DIM_SIZE"]=0]="FIRST_DIM_SIZE";e[e["VALUE_ROWIDS"]=1]="VALUE_ROWIDS";e[e["ROW_LENGTHS"]=2]="ROW_LENGTHS";e[e["ROW_SPLITS"]=3]="ROW_SPLITS";e[e["ROW_LIMITS"]=4]="ROW_LIMITS";e[e["ROW_STARTS"]=5]="ROW_STARTS"})(Ho||(Ho={}));
/**
 * @license
 * Copyright 2018 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var $o=1.7580993408473768;var Jo=1.0507009873554805;function prodGradFn_(e,t,r){var n=e.shape.slice();n[r]=1;var i=Rn(t,n);var o=fo(e,r,true,false);var s=fo(e,r,true,true);var u=Sn(o,s);return Sn(i,u)}function prodsGradFn_(e,t,r){var n=e.shape.length;var i=n-r.length;var o=getAxesPermutation(r,n);var s=e;if(o!=null){s=Da(e,o)}var u=s.shape.slice();var l=u.splice(n-r.length,r.length);var c=l.reduce(function(e,t){return e*t},1);u.push(c);var p=s.reshape(u);var f=prodGradFn_(p,t,i);f=f.reshape(s.shape);if(o!=null){var d=getUndoAxesPermutation(o);f=Da(f,d)}return f}var Zo={kernelName:Bt,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.axis;var s=[];if(o===undefined||o===null){s=i.shape.map(function(e,t){return t})}else if(typeof o==="number"){s=[o]}else{s=o}return{x:function(){return prodsGradFn_(i,e,s)}}}};var Xo={kernelName:je,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=assertAndGetBroadcastShape(n.shape,i.shape);var derA=function(){var t=An(e,xn(i,"float32"));var r=getReductionAxes(n.shape,o);if(r.length>0){return Rn(Ln(t,r),n.shape)}return t};var derB=function(){var t=Sn(e,xn(n,"float32"));var r=getReductionAxes(i.shape,o);if(r.length>0){t=Rn(Ln(t,r),i.shape)}var s=Dn(i);return Cn(An(t,xn(s,"float32")))};return{a:derA,b:derB}}};var Yo={kernelName:Ut,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return An(e,Cn(Dn(n)))}}}};var Qo={kernelName:$t,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];var i=Sn(oa(n,6),In(n));return{x:function(){return Sn(e,xn(i,"float32"))}}}};var es={kernelName:Gt,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(e,xn(In(n),"float32"))}}}};var ts={kernelName:Vt,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Rn(e,n.shape)}}}};var rs={kernelName:Kt,inputsToSave:["images"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o={dy:e,images:i};var imagesDer=function(){return wn.runKernel(Ht,o,r)};return{images:imagesDer}}};var ns={kernelName:jt,inputsToSave:["images"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o={dy:e,images:i};var imagesDer=function(){return wn.runKernel(qt,o,r)};return{images:imagesDer}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var as={kernelName:Jt,gradFunc:function(e,t,r){var n=r.dims;var i=parseAxisParam(n,e.shape);return{x:function(){return Vo(e,i)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var is={kernelName:Zt,gradFunc:function(e){return{x:function(){return Bn(e)}}}};var os={kernelName:Xt,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Cn(An(e,Sn(Ei(n,1.5),2)))}}}};var ss={kernelName:Qt,inputsToSave:["condition"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{condition:function(){return xn(Bn(n),"float32")},t:function(){return Sn(e,xn(n,e.dtype))},e:function(){return Sn(e,xn(go(n),e.dtype))}}}};var us={kernelName:er,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){var t=ri(n,scalar(0));var r=scalar($o);var i=scalar(Jo);var o=Sn(e,i);var s=Sn(Sn(e,r),Pa(xn(n,"float32")));return ca(t,o,s)}}}};var ls={kernelName:ir,outputsToSave:[true],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(e,Sn(n,En(scalar(1),n)))}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var cs={kernelName:ar,gradFunc:function(e){return{x:function(){return Bn(e)}}}};var ps={kernelName:rr,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(co(xn(n,"float32")),e)}}}};var fs={kernelName:nr,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(po(xn(n,"float32")),e)}}}};var ds={kernelName:tr,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.begin,s=r.size;var u=i.shape;var l=__read(parseSliceParams(i,o,s),2),c=l[0],p=l[1];var f=[];for(var d=0;d<e.rank;d++){f.push([c[d],u[d]-c[d]-p[d]])}return{x:function(){return yo(e,f)}}}};var hs={kernelName:fr,outputsToSave:[true],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.dim;var s=true;var u=Sn(e,i);return{logits:function(){return En(u,Sn(Ln(u,[o],s),i))}}}};var vs={kernelName:sr,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(e,uo(n))}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var gs={kernelName:cr,gradFunc:function(e,t,r){var n=r.blockShape,i=r.paddings;return{x:function(){return lo(e,n,i)}}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ms={kernelName:pr,gradFunc:function(e,t,r){var n=r.axis;return{x:function(){return so(e,n)}}}};var ys={kernelName:ur,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return An(e,Sn(zn(xn(n,"float32")),2))}}}};var bs={kernelName:hr,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(e,Sn(xn(n,"float32"),2))}}}};var ks={kernelName:dr,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=scalar(2);var derA=function(){return Sn(e,Sn(o,En(n,i)))};var derB=function(){return Sn(e,Sn(o,En(i,n)))};return{a:derA,b:derB}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var ws={kernelName:xr,gradFunc:function(e){return{x:function(){return Bn(e)}}}};var _s={kernelName:vr,inputsToSave:["a","b"],gradFunc:function(e,t){var r=__read(t,2),n=r[0],i=r[1];var o=assertAndGetBroadcastShape(n.shape,i.shape);var derA=function(){var t=e;var r=getReductionAxes(n.shape,o);if(r.length>0){t=Ln(t,r)}return Rn(t,n.shape)};var derB=function(){var t=e;var r=getReductionAxes(i.shape,o);if(r.length>0){t=Ln(t,r)}return Rn(Cn(t),i.shape)};return{a:derA,b:derB}}};var xs={kernelName:lr,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=i.shape.slice();var s=r.axis;var u=parseAxisParam(s,i.shape);u.forEach(function(e){o[e]=1});var l=Rn(e,o);var c=Sn(l,ones$1(i.shape,"float32"));return{x:function(){return c}}}};var Ss={kernelName:gr,inputsToSave:["x"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return An(e,Dn(co(n)))}}}};var Is={kernelName:mr,outputsToSave:[true],gradFunc:function(e,t){var r=__read(t,1),n=r[0];return{x:function(){return Sn(En(scalar(1),Dn(n)),e)}}}};var Ns={kernelName:yr,inputsToSave:["x"],gradFunc:function(e,t,r){var n=__read(t,1),i=n[0];var o=r.reps;var derX=function(){var t=Bn(i);if(i.rank===1){for(var r=0;r<o[0];++r){t=Vn(t,ki(e,[r*i.shape[0]],[i.shape[0]]))}}else if(i.rank===2){for(var r=0;r<o[0];++r){for(var n=0;n<o[1];++n){t=Vn(t,ki(e,[r*i.shape[0],n*i.shape[1]],[i.shape[0],i.shape[1]]))}}}else if(i.rank===3){for(var r=0;r<o[0];++r){for(var n=0;n<o[1];++n){for(var s=0;s<o[2];++s){t=Vn(t,ki(e,[r*i.shape[0],n*i.shape[1],s*i.shape[2]],[i.shape[0],i.shape[1],i.shape[2]]))}}}}else if(i.rank===4){for(var r=0;r<o[0];++r){for(var n=0;n<o[1];++n){for(var s=0;s<o[2];++s){for(var u=0;u<o[3];++u){t=Vn(t,ki(e,[r*i.shape[0],n*i.shape[1],s*i.shape[2],u*i.shape[3]],[i.shape[0],i.shape[1],i.shape[2],i.shape[3]]))}}}}}else{throw new Error("Gradient for tile operation is not implemented for rank-"+"".concat(i.rank," tensors yet."))}return t};return{x:derX}}};
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var Ts={kernelName:br,gradFunc:function(e,t,r){var n=r;var i=n.perm;var o=getUndoAxesPermutation(i);return{x:function(){return Da(e,o)}}}};
/**
 * @license
 * Copyright 2020 Google Inc. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var As={kernelName:kr,gradFunc:function(e,t,r){var n=r;var i=n.axis;return{value:function(){return $a(e,i)}}}};var Cs={kernelName:wr,inputsToSave:["segmentIds"],gradFunc:function(e,t){var r=__read(t,1),n=r[0];var derX=function(){return gatherDropNegatives(e,n)};return{x:derX}}};function gatherDropNegatives(e,t){var r=mo(t,Bn(t));var n=vo(e,r);var i=ia(t,scalar(0,"int32"));var o=n.rank-i.rank;for(var s=0;s<o;++s){i=ho(i,s+1)}i=sa(i,ones$1(n.shape,"bool"));var u=Bn(n);return ca(i,n,u)}
/**
 * @license
 * Copyright 2020 Google LLC. All Rights Reserved.
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * =============================================================================
 */var zs={kernelName:_r,gradFunc:function(e){return{x:function(){return Bn(e)}}}};var Ds,Es;var Fs=[Nn,Fn,Mn,On,Pn,Wn,Un,Gn,jn,qn,Kn,Hn,Jn,Xn,Qn,ta,ra,na,aa,pa,fa,ha,ba,ma,_a,Sa,Na,Ea,Ra,La,Xo,Oa,Ba,Wa,Ua,Ga,ja,Va,Ha,Za,Xa,Ya,Qa,ei,ti,ni,ai,ii,oi,ui,ci,ci,fi,hi,gi,mi,yi,bi,wi,xi,Si,Ii,Ni,Ti,Ci,zi,zi,Fi,Mi,Zo,Yo,Qo,es,ts,rs,ns,as,is,os,ss,us,ls,cs,ps,fs,ds,hs,vs,gs,gs,ms,ms,ys,ks,bs,ws,_s,xs,Ss,Is,Ns,Ts,As,Cs,zs];try{for(var Ms=__values(Fs),Rs=Ms.next();!Rs.done;Rs=Ms.next()){var Ls=Rs.value;registerGradient(Ls)}}catch(e){Ds={error:e}}finally{try{if(Rs&&!Rs.done&&(Es=Ms.return))Es.call(Ms)}finally{if(Ds)throw Ds.error}}function calcL2Norms(e,t){return n.tidy(function(){return i.sqrt(i.sum(i.mul(e,e),t,true))})}var Os=function(e){__extends(Constraint,e);function Constraint(){return e!==null&&e.apply(this,arguments)||this}Constraint.prototype.getConfig=function(){return{}};return Constraint}(n.serialization.Serializable);var Ps=function(e){__extends(MaxNorm,e);function MaxNorm(t){var r=e.call(this)||this;r.defaultMaxValue=2;r.defaultAxis=0;r.maxValue=t.maxValue!=null?t.maxValue:r.defaultMaxValue;r.axis=t.axis!=null?t.axis:r.defaultAxis;return r}MaxNorm.prototype.apply=function(e){var t=this;return n.tidy(function(){var r=calcL2Norms(e,t.axis);var n=i.clipByValue(r,0,t.maxValue);return i.mul(e,i.div(n,i.add(epsilon(),r)))})};MaxNorm.prototype.getConfig=function(){return{maxValue:this.maxValue,axis:this.axis}};return MaxNorm}(Os);Ps.className="MaxNorm";n.serialization.registerClass(Ps);var Bs=function(e){__extends(UnitNorm,e);function UnitNorm(t){var r=e.call(this)||this;r.defaultAxis=0;r.axis=t.axis!=null?t.axis:r.defaultAxis;return r}UnitNorm.prototype.apply=function(e){var t=this;return n.tidy(function(){return i.div(e,i.add(epsilon(),calcL2Norms(e,t.axis)))})};UnitNorm.prototype.getConfig=function(){return{axis:this.axis}};return UnitNorm}(Os);Bs.className="UnitNorm";n.serialization.registerClass(Bs);var Ws=function(e){__extends(NonNeg,e);function NonNeg(){return e!==null&&e.apply(this,arguments)||this}NonNeg.prototype.apply=function(e){return i.relu(e)};return NonNeg}(Os);Ws.className="NonNeg";n.serialization.registerClass(Ws);var Us=function(e){__extends(MinMaxNorm,e);function MinMaxNorm(t){var r=e.call(this)||this;r.defaultMinValue=0;r.defaultMaxValue=1;r.defaultRate=1;r.defaultAxis=0;r.minValue=t.minValue!=null?t.minValue:r.defaultMinValue;r.maxValue=t.maxValue!=null?t.maxValue:r.defaultMaxValue;r.rate=t.rate!=null?t.rate:r.defaultRate;r.axis=t.axis!=null?t.axis:r.defaultAxis;return r}MinMaxNorm.prototype.apply=function(e){var t=this;return n.tidy(function(){var r=calcL2Norms(e,t.axis);var n=i.add(i.mul(t.rate,i.clipByValue(r,t.minValue,t.maxValue)),i.mul(1-t.rate,r));return i.mul(e,i.div(n,i.add(epsilon(),r)))})};MinMaxNorm.prototype.getConfig=function(){return{minValue:this.minValue,maxValue:this.maxValue,rate:this.rate,axis:this.axis}};return MinMaxNorm}(Os);Us.className="MinMaxNorm";n.serialization.registerClass(Us);var Gs={maxNorm:"MaxNorm",minMaxNorm:"MinMaxNorm",nonNeg:"NonNeg",unitNorm:"UnitNorm"};function serializeConstraint(e){return serializeKerasObject(e)}function deserializeConstraint(e,t){if(t===void 0){t={}}return deserializeKerasObject(e,n.serialization.SerializationMap.getMap().classNameMap,t,"constraint")}function getConstraint(e){if(e==null){return null}if(typeof e==="string"){var t=e in Gs?Gs[e]:e;var r={className:t,config:{}};return deserializeConstraint(r)}else if(e instanceof Os){return e}else{return deserializeConstraint(e)}}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function maxNorm(e){return new Ps(e)}function unitNorm(e){return new Bs(e)}function nonNeg(){return new Ws}function minMaxNorm(e){return new Us(e)}var Vs={__proto__:null,maxNorm:maxNorm,minMaxNorm:minMaxNorm,nonNeg:nonNeg,unitNorm:unitNorm};
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function zeros(){return new A}function ones(){return new C}function constant(e){return new z(e)}function randomUniform(e){return new D(e)}function randomNormal(e){return new E(e)}function truncatedNormal(e){return new F(e)}function identity(e){return new M(e)}function varianceScaling(e){return new R(e)}function glorotUniform(e){return new L(e)}function glorotNormal(e){return new O(e)}function heNormal(e){return new P(e)}function heUniform(e){return new B(e)}function leCunNormal(e){return new W(e)}function leCunUniform(e){return new U(e)}function orthogonal(e){return new G(e)}var js={__proto__:null,constant:constant,glorotNormal:glorotNormal,glorotUniform:glorotUniform,heNormal:heNormal,heUniform:heUniform,identity:identity,leCunNormal:leCunNormal,leCunUniform:leCunUniform,ones:ones,orthogonal:orthogonal,randomNormal:randomNormal,randomUniform:randomUniform,truncatedNormal:truncatedNormal,varianceScaling:varianceScaling,zeros:zeros};function resolveScalarsInLogs(e){return __awaiter(this,void 0,void 0,function(){var t,r,i,o,s,u,l,c;return __generator(this,function(p){switch(p.label){case 0:if(e==null){return[2]}t=[];r=[];i=[];for(o in e){s=e[o];if(typeof s!=="number"){u=s;t.push(u.data());r.push(o);i.push(u)}}if(!(t.length>0))return[3,2];return[4,Promise.all(t)];case 1:l=p.sent();for(c=0;c<l.length;++c){e[r[c]]=l[c][0]}n.dispose(i);p.label=2;case 2:return[2]}})})}function disposeTensorsInLogs(e){if(e==null){return}for(var t in e){var r=e[t];if(typeof r!=="number"){r.dispose()}}}var qs;(function(e){e[e["SILENT"]=0]="SILENT";e[e["VERBOSE"]=1]="VERBOSE"})(qs||(qs={}));var Ks=125;var Hs=function(){function BaseCallback(){this.validationData=null}BaseCallback.prototype.setParams=function(e){this.params=e};BaseCallback.prototype.onEpochBegin=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){return[2]})})};BaseCallback.prototype.onEpochEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){return[2]})})};BaseCallback.prototype.onBatchBegin=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){return[2]})})};BaseCallback.prototype.onBatchEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){return[2]})})};BaseCallback.prototype.onTrainBegin=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){return[2]})})};BaseCallback.prototype.onTrainEnd=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){return[2]})})};BaseCallback.prototype.setModel=function(e){};return BaseCallback}();var $s=function(){function CallbackList(e,t){if(t===void 0){t=10}if(e==null){e=[]}this.callbacks=e;this.queueLength=t}CallbackList.prototype.append=function(e){this.callbacks.push(e)};CallbackList.prototype.setParams=function(e){var t,r;try{for(var n=__values(this.callbacks),i=n.next();!i.done;i=n.next()){var o=i.value;o.setParams(e)}}catch(e){t={error:e}}finally{try{if(i&&!i.done&&(r=n.return))r.call(n)}finally{if(t)throw t.error}}};CallbackList.prototype.setModel=function(e){var t,r;try{for(var n=__values(this.callbacks),i=n.next();!i.done;i=n.next()){var o=i.value;o.setModel(e)}}catch(e){t={error:e}}finally{try{if(i&&!i.done&&(r=n.return))r.call(n)}finally{if(t)throw t.error}}};CallbackList.prototype.onEpochBegin=function(e,t){return __awaiter(this,void 0,void 0,function(){var r,n,i,o;var s,u;return __generator(this,function(l){switch(l.label){case 0:if(t==null){t={}}l.label=1;case 1:l.trys.push([1,6,7,8]);r=__values(this.callbacks),n=r.next();l.label=2;case 2:if(!!n.done)return[3,5];i=n.value;return[4,i.onEpochBegin(e,t)];case 3:l.sent();l.label=4;case 4:n=r.next();return[3,2];case 5:return[3,8];case 6:o=l.sent();s={error:o};return[3,8];case 7:try{if(n&&!n.done&&(u=r.return))u.call(r)}finally{if(s)throw s.error}return[7];case 8:return[2]}})})};CallbackList.prototype.onEpochEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){var r,n,i,o;var s,u;return __generator(this,function(l){switch(l.label){case 0:if(t==null){t={}}l.label=1;case 1:l.trys.push([1,6,7,8]);r=__values(this.callbacks),n=r.next();l.label=2;case 2:if(!!n.done)return[3,5];i=n.value;return[4,i.onEpochEnd(e,t)];case 3:l.sent();l.label=4;case 4:n=r.next();return[3,2];case 5:return[3,8];case 6:o=l.sent();s={error:o};return[3,8];case 7:try{if(n&&!n.done&&(u=r.return))u.call(r)}finally{if(s)throw s.error}return[7];case 8:return[2]}})})};CallbackList.prototype.onBatchBegin=function(e,t){return __awaiter(this,void 0,void 0,function(){var r,n,i,o;var s,u;return __generator(this,function(l){switch(l.label){case 0:if(t==null){t={}}l.label=1;case 1:l.trys.push([1,6,7,8]);r=__values(this.callbacks),n=r.next();l.label=2;case 2:if(!!n.done)return[3,5];i=n.value;return[4,i.onBatchBegin(e,t)];case 3:l.sent();l.label=4;case 4:n=r.next();return[3,2];case 5:return[3,8];case 6:o=l.sent();s={error:o};return[3,8];case 7:try{if(n&&!n.done&&(u=r.return))u.call(r)}finally{if(s)throw s.error}return[7];case 8:return[2]}})})};CallbackList.prototype.onBatchEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){var r,n,i,o;var s,u;return __generator(this,function(l){switch(l.label){case 0:if(t==null){t={}}l.label=1;case 1:l.trys.push([1,6,7,8]);r=__values(this.callbacks),n=r.next();l.label=2;case 2:if(!!n.done)return[3,5];i=n.value;return[4,i.onBatchEnd(e,t)];case 3:l.sent();l.label=4;case 4:n=r.next();return[3,2];case 5:return[3,8];case 6:o=l.sent();s={error:o};return[3,8];case 7:try{if(n&&!n.done&&(u=r.return))u.call(r)}finally{if(s)throw s.error}return[7];case 8:return[2]}})})};CallbackList.prototype.onTrainBegin=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n,i;var o,s;return __generator(this,function(u){switch(u.label){case 0:if(e==null){e={}}u.label=1;case 1:u.trys.push([1,6,7,8]);t=__values(this.callbacks),r=t.next();u.label=2;case 2:if(!!r.done)return[3,5];n=r.value;return[4,n.onTrainBegin(e)];case 3:u.sent();u.label=4;case 4:r=t.next();return[3,2];case 5:return[3,8];case 6:i=u.sent();o={error:i};return[3,8];case 7:try{if(r&&!r.done&&(s=t.return))s.call(t)}finally{if(o)throw o.error}return[7];case 8:return[2]}})})};CallbackList.prototype.onTrainEnd=function(e){return __awaiter(this,void 0,void 0,function(){var t,r,n,i;var o,s;return __generator(this,function(u){switch(u.label){case 0:if(e==null){e={}}u.label=1;case 1:u.trys.push([1,6,7,8]);t=__values(this.callbacks),r=t.next();u.label=2;case 2:if(!!r.done)return[3,5];n=r.value;return[4,n.onTrainEnd(e)];case 3:u.sent();u.label=4;case 4:r=t.next();return[3,2];case 5:return[3,8];case 6:i=u.sent();o={error:i};return[3,8];case 7:try{if(r&&!r.done&&(s=t.return))s.call(t)}finally{if(o)throw o.error}return[7];case 8:return[2]}})})};return CallbackList}();var Js=function(e){__extends(BaseLogger,e);function BaseLogger(){return e.call(this)||this}BaseLogger.prototype.onEpochBegin=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){this.seen=0;this.totals={};return[2]})})};BaseLogger.prototype.onBatchEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){var e,r,i,o;var s=this;return __generator(this,function(u){if(t==null){t={}}e=t["size"]==null?0:t["size"];this.seen+=e;r=function(r){var o=t[r];if(typeof o==="number"){if(!i.totals.hasOwnProperty(r)){i.totals[r]=0}i.totals[r]=i.totals[r]+o*e}else{var u=void 0;if(r in i.totals){u=i.totals[r]}else{i.totals[r]=0}var l=n.tidy(function(){return n.add(s.totals[r],n.mul(o,e))});i.totals[r]=l;if(u!=null){u.dispose()}}};i=this;for(o in t){r(o)}return[2]})})};BaseLogger.prototype.onEpochEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){var e,r,i,o,s;var u,l;var c=this;return __generator(this,function(p){if(t!=null){e=function(e){if(r.totals[e]==null){return"continue"}if(typeof r.totals[e]==="number"){t[e]=r.totals[e]/r.seen}else{n.tidy(function(){var r=n.mul(n.div(1,c.seen),c.totals[e]);t[e]=r;c.totals[e].dispose();n.keep(t[e])})}};r=this;try{for(i=__values(this.params["metrics"]),o=i.next();!o.done;o=i.next()){s=o.value;e(s)}}catch(e){u={error:e}}finally{try{if(o&&!o.done&&(l=i.return))l.call(i)}finally{if(u)throw u.error}}}return[2]})})};return BaseLogger}(Hs);var Zs=function(e){__extends(History,e);function History(){return e!==null&&e.apply(this,arguments)||this}History.prototype.onTrainBegin=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){this.epoch=[];this.history={};return[2]})})};History.prototype.onEpochEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){var r;return __generator(this,function(n){if(t==null){t={}}this.epoch.push(e);for(r in t){if(this.history[r]==null){this.history[r]=[]}this.history[r].push(t[r])}return[2]})})};History.prototype.syncData=function(){return __awaiter(this,void 0,void 0,function(){var e,t,r,n,i,o,s,u,l,c;return __generator(this,function(p){switch(p.label){case 0:e=[];t=[];r=[];for(n in this.history){i=this.history[n];for(o=0;o<i.length;++o){if(typeof i[o]!=="number"){s=i[o];e.push(s.data());t.push(n);r.push(o)}}}return[4,Promise.all(e)];case 1:u=p.sent();for(l=0;l<u.length;++l){c=this.history[t[l]][r[l]];c.dispose();this.history[t[l]][r[l]]=u[l][0]}return[2]}})})};return History}(Hs);var Xs=function(e){__extends(CustomCallback,e);function CustomCallback(t,r){var i=e.call(this)||this;i.currentEpoch=0;i.nowFunc=t.nowFunc;i.nextFrameFunc=t.nextFrameFunc||n.nextFrame;i.yieldEvery=r||"auto";if(i.yieldEvery==="auto"){i.yieldEvery=Ks}if(i.yieldEvery==="never"&&t.onYield!=null){throw new Error("yieldEvery is `never` but you provided an `onYield` callback. "+"Either change `yieldEvery` or remove the callback")}if(n.util.isNumber(i.yieldEvery)){i.maybeWait=debounce(i.maybeWait.bind(i),i.yieldEvery,i.nowFunc)}i.trainBegin=t.onTrainBegin;i.trainEnd=t.onTrainEnd;i.epochBegin=t.onEpochBegin;i.epochEnd=t.onEpochEnd;i.batchBegin=t.onBatchBegin;i.batchEnd=t.onBatchEnd;i.yield=t.onYield;return i}CustomCallback.prototype.maybeWait=function(e,t,r){return __awaiter(this,void 0,void 0,function(){var n;return __generator(this,function(i){switch(i.label){case 0:n=[];if(!(this.yield!=null))return[3,2];return[4,resolveScalarsInLogs(r)];case 1:i.sent();n.push(this.yield(e,t,r));i.label=2;case 2:n.push(this.nextFrameFunc());return[4,Promise.all(n)];case 3:i.sent();return[2]}})})};CustomCallback.prototype.onEpochBegin=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(r){switch(r.label){case 0:this.currentEpoch=e;if(!(this.epochBegin!=null))return[3,3];return[4,resolveScalarsInLogs(t)];case 1:r.sent();return[4,this.epochBegin(e,t)];case 2:r.sent();r.label=3;case 3:return[2]}})})};CustomCallback.prototype.onEpochEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){var r;return __generator(this,function(n){switch(n.label){case 0:r=[];if(!(this.epochEnd!=null))return[3,2];return[4,resolveScalarsInLogs(t)];case 1:n.sent();r.push(this.epochEnd(e,t));n.label=2;case 2:if(this.yieldEvery==="epoch"){r.push(this.nextFrameFunc())}return[4,Promise.all(r)];case 3:n.sent();return[2]}})})};CustomCallback.prototype.onBatchBegin=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(r){switch(r.label){case 0:if(!(this.batchBegin!=null))return[3,3];return[4,resolveScalarsInLogs(t)];case 1:r.sent();return[4,this.batchBegin(e,t)];case 2:r.sent();r.label=3;case 3:return[2]}})})};CustomCallback.prototype.onBatchEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){var r;return __generator(this,function(i){switch(i.label){case 0:r=[];if(!(this.batchEnd!=null))return[3,2];return[4,resolveScalarsInLogs(t)];case 1:i.sent();r.push(this.batchEnd(e,t));i.label=2;case 2:if(this.yieldEvery==="batch"){r.push(this.nextFrameFunc())}else if(n.util.isNumber(this.yieldEvery)){r.push(this.maybeWait(this.currentEpoch,e,t))}return[4,Promise.all(r)];case 3:i.sent();return[2]}})})};CustomCallback.prototype.onTrainBegin=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(t){switch(t.label){case 0:if(!(this.trainBegin!=null))return[3,3];return[4,resolveScalarsInLogs(e)];case 1:t.sent();return[4,this.trainBegin(e)];case 2:t.sent();t.label=3;case 3:return[2]}})})};CustomCallback.prototype.onTrainEnd=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(t){switch(t.label){case 0:if(!(this.trainEnd!=null))return[3,3];return[4,resolveScalarsInLogs(e)];case 1:t.sent();return[4,this.trainEnd(e)];case 2:t.sent();t.label=3;case 3:return[2]}})})};return CustomCallback}(Hs);function standardizeCallbacks(e,t){if(e==null){e={}}if(e instanceof Hs){return[e]}if(Array.isArray(e)&&e[0]instanceof Hs){return e}var r=toList(e);return r.map(function(e){return new Xs(e,t)})}var Ys=function(){function CallbackConstructorRegistry(){}CallbackConstructorRegistry.registerCallbackConstructor=function(e,t){n.util.assert(e>=0&&Number.isInteger(e),function(){return"Verbosity level is expected to be an integer >= 0, "+"but got ".concat(e)});CallbackConstructorRegistry.checkForDuplicate(t);if(CallbackConstructorRegistry.constructors[e]==null){CallbackConstructorRegistry.constructors[e]=[]}CallbackConstructorRegistry.constructors[e].push(t)};CallbackConstructorRegistry.checkForDuplicate=function(e){for(var t in CallbackConstructorRegistry.constructors){var r=CallbackConstructorRegistry.constructors[+t];r.forEach(function(t){if(t===e){throw new u("Duplicate callback constructor.")}})}};CallbackConstructorRegistry.clear=function(){CallbackConstructorRegistry.constructors={}};CallbackConstructorRegistry.createCallbacks=function(e){var t=[];for(var r in CallbackConstructorRegistry.constructors){var n=+r;if(e>=n){t.push.apply(t,__spreadArray([],__read(CallbackConstructorRegistry.constructors[n]),false))}}return t.map(function(e){return new e})};return CallbackConstructorRegistry}();Ys.constructors={};function configureCallbacks(e,t,r,n,i,o,s,u,l){var c=new Zs;var p=__spreadArray([new Js],__read(Ys.createCallbacks(t)),false);if(e!=null){p.push.apply(p,__spreadArray([],__read(e),false))}p.push(c);var f=new $s(p);f.setParams({epochs:r,initialEpoch:n,samples:i,steps:o,batchSize:s,verbose:t,doValidation:u,metrics:l});return{callbackList:f,history:c}}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function deserialize(e,t,r){if(t===void 0){t={}}if(r===void 0){r=false}return deserializeKerasObject(e,n.serialization.SerializationMap.getMap().classNameMap,t,"layer",r)}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function l2Normalize(e,t){return n.tidy(function(){if(e.dtype!=="float32"){e=i.cast(e,"float32")}var r=i.sum(square$1(e),t,true);var n=i.fill(r.shape,epsilon());var o=i.sqrt(i.maximum(r,n));return i.div(e,o)})}function meanSquaredError$1(e,t){return n.tidy(function(){return i.mean(square$1(i.sub(t,e)),-1)})}function meanAbsoluteError$1(e,t){return n.tidy(function(){return i.mean(i.abs(i.sub(t,e)),-1)})}function meanAbsolutePercentageError$1(e,t){return n.tidy(function(){var r=i.sub(e,t);var n=i.clipByValue(i.abs(e),epsilon(),Number.MAX_VALUE);var o=i.abs(i.div(r,n));return i.mul(100,i.mean(o,-1))})}function meanSquaredLogarithmicError(e,t){return n.tidy(function(){var r=i.clipByValue(t,epsilon(),Number.MAX_VALUE);var n=i.log(i.add(1,r));var o=i.clipByValue(e,epsilon(),Number.MAX_VALUE);var s=i.log(i.add(1,o));return i.mean(square$1(i.sub(n,s)),-1)})}function squaredHinge(e,t){return n.tidy(function(){var r=i.maximum(0,i.sub(1,i.mul(e,t)));return i.mean(square$1(r),-1)})}function hinge(e,t){return n.tidy(function(){var r=i.maximum(0,i.sub(1,i.mul(e,t)));return i.mean(r,-1)})}function categoricalHinge(e,t){return n.tidy(function(){var r=i.sum(i.mul(e,t),-1);var n=i.max(i.mul(i.sub(1,e),t),-1);return i.maximum(0,i.add(1,i.sub(n,r)))})}function logcosh(e,t){return n.tidy(function(){var r=Math.log(2);var n=i.sub(t,e);var o=i.sub(i.add(n,i.softplus(i.mul(-2,n))),r);return i.mean(o,-1)})}function categoricalCrossentropy$2(e,t,r){if(r===void 0){r=false}return n.tidy(function(){if(r){t=i.softmax(t)}else{var n=i.sum(t,t.shape.length-1,true);t=i.div(t,n)}t=i.clipByValue(t,epsilon(),1-epsilon());return i.neg(i.sum(i.mul(i.cast(e,"float32"),i.log(t)),t.shape.length-1))})}function sparseCategoricalCrossentropy$1(e,t,r){if(r===void 0){r=false}return n.tidy(function(){var n=i.cast(i.floor(flatten$2(e)),"int32");t=i.clipByValue(t,epsilon(),1-epsilon());var o=t.shape;var s=i.reshape(i.oneHot(n,o[o.length-1]),o);return categoricalCrossentropy$2(s,t,r)})}function sigmoidCrossEntropyWithLogits(e,t){if(!n.util.arraysEqual(e.shape,t.shape)){throw new u("logits and labels must have the same shape, but got shapes "+"".concat(JSON.stringify(e.shape)," and ").concat(JSON.stringify(t.shape)))}return n.tidy(function(){var r=i.relu(t);var n=i.neg(i.abs(t));return i.add(i.sub(r,i.mul(t,e)),i.log1p(i.exp(n)))})}function binaryCrossentropy$2(e,t){return n.tidy(function(){var r;r=i.clipByValue(t,epsilon(),1-epsilon());r=i.log(i.div(r,i.sub(1,r)));return i.mean(sigmoidCrossEntropyWithLogits(e,r),-1)})}function kullbackLeiblerDivergence(e,t){return n.tidy(function(){var r=i.clipByValue(e,epsilon(),1);var n=i.clipByValue(t,epsilon(),1);return i.sum(i.mul(e,i.log(i.div(r,n))),-1)})}function poisson(e,t){return n.tidy(function(){var r=i.log(i.add(epsilon(),t));return i.mean(i.sub(t,i.mul(e,r)),-1)})}function cosineProximity$1(e,t){return n.tidy(function(){var r=l2Normalize(e,-1);var n=l2Normalize(t,-1);var o=i.mul(r,n);return i.neg(i.sum(o,-1))})}var Qs={meanSquaredError:meanSquaredError$1,meanAbsoluteError:meanAbsoluteError$1,meanAbsolutePercentageError:meanAbsolutePercentageError$1,meanSquaredLogarithmicError:meanSquaredLogarithmicError,squaredHinge:squaredHinge,hinge:hinge,categoricalHinge:categoricalHinge,logcosh:logcosh,categoricalCrossentropy:categoricalCrossentropy$2,sparseCategoricalCrossentropy:sparseCategoricalCrossentropy$1,binaryCrossentropy:binaryCrossentropy$2,kullbackLeiblerDivergence:kullbackLeiblerDivergence,poisson:poisson,cosineProximity:cosineProximity$1};function get$1(e){if(typeof e==="string"){if(e in Qs){return Qs[e]}var t="Unknown loss ".concat(e);if(e.toLowerCase().includes("softmaxcrossentropy")){t="Unknown loss ".concat(e,". ")+'Use "categoricalCrossentropy" as the string name for '+"tf.losses.softmaxCrossEntropy"}throw new u(t)}else{return e}}function binaryAccuracy$1(e,t){return n.tidy(function(){var r=i.mul(.5,i.onesLike(t));var n=cast$1(i.greater(t,r),e.dtype);return i.mean(i.equal(e,n),-1)})}function categoricalAccuracy$1(e,t){return n.tidy(function(){return cast$1(i.equal(i.argMax(e,-1),i.argMax(t,-1)),"float32")})}function truePositives(e,t){return n.tidy(function(){return i.cast(i.sum(i.logicalAnd(i.equal(e,1),i.equal(t,1))),"float32")})}function falseNegatives(e,t){return n.tidy(function(){return i.cast(i.sum(i.logicalAnd(i.equal(e,1),i.equal(t,0))),"float32")})}function falsePositives(e,t){return n.tidy(function(){return i.cast(i.sum(i.logicalAnd(i.equal(e,0),i.equal(t,1))),"float32")})}function precision$1(e,t){return n.tidy(function(){var r=truePositives(e,t);var n=falsePositives(e,t);var o=i.add(r,n);return i.cast(i.where(i.greater(o,0),i.div(r,o),0),"float32")})}function recall$1(e,t){return n.tidy(function(){var r=truePositives(e,t);var n=falseNegatives(e,t);var o=i.add(r,n);return i.cast(i.where(i.greater(o,0),i.div(r,o),0),"float32")})}function binaryCrossentropy$1(e,t){return binaryCrossentropy$2(e,t)}function sparseCategoricalAccuracy$1(e,t){if(e.rank===t.rank){e=i.squeeze(e,[e.rank-1])}t=i.argMax(t,-1);if(t.dtype!==e.dtype){t=i.cast(t,e.dtype)}return i.cast(i.equal(e,t),"float32")}function r2Score$1(e,t){return n.tidy(function(){var r=e.sub(t).square().sum();var n=e.sub(e.mean()).square().sum();return i.scalar(1).sub(r.div(n))})}var eu=meanSquaredError$1;var tu=meanSquaredError$1;var ru=meanAbsoluteError$1;var nu=meanAbsoluteError$1;var au=meanAbsolutePercentageError$1;var iu=meanAbsolutePercentageError$1;var ou=categoricalCrossentropy$2;var su=cosineProximity$1;var uu=sparseCategoricalCrossentropy$1;var lu={binaryAccuracy:binaryAccuracy$1,categoricalAccuracy:categoricalAccuracy$1,precision:precision$1,categoricalCrossentropy:ou,sparseCategoricalCrossentropy:uu,mse:eu,MSE:tu,mae:ru,MAE:nu,mape:au,MAPE:iu,cosine:su};function get(e){if(typeof e==="string"&&e in lu){return lu[e]}else if(typeof e!=="string"&&e!=null){return e}else{throw new u("Unknown metric ".concat(e))}}function getLossOrMetricName(e){var t,r,n,i;assert$1(e!==null,"Unknown LossOrMetricFn ".concat(e));if(typeof e==="string"){return e}else{var o=void 0;try{for(var s=__values(Object.keys(Qs)),u=s.next();!u.done;u=s.next()){var l=u.value;if(Qs[l]===e){o=l;break}}}catch(e){t={error:e}}finally{try{if(u&&!u.done&&(r=s.return))r.call(s)}finally{if(t)throw t.error}}if(o!==undefined){return o}try{for(var c=__values(Object.keys(lu)),p=c.next();!p.done;p=c.next()){var l=p.value;if(lu[l]===e){o=l;break}}}catch(e){n={error:e}}finally{try{if(p&&!p.done&&(i=c.return))i.call(c)}finally{if(n)throw n.error}}if(o!==undefined){return o}return e.name}}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function getOptimizer(e){var t={Adagrad:function(){return n.train.adagrad(.01)},Adadelta:function(){return n.train.adadelta(1,.95,epsilon())},Adam:function(){return n.train.adam(.001,.9,.999,epsilon())},Adamax:function(){return n.train.adamax(.002,.9,.999,epsilon(),0)},RMSProp:function(){return n.train.rmsprop(.001,.9,0,epsilon())},SGD:function(){return n.train.sgd(.01)}};t["adagrad"]=t["Adagrad"];t["adadelta"]=t["Adadelta"];t["adam"]=t["Adam"];t["adamax"]=t["Adamax"];t["rmsprop"]=t["RMSProp"];t["sgd"]=t["SGD"];if(e in t){return t[e]()}throw new u("Unknown Optimizer ".concat(e))}
/**
 * @license
 * Copyright 2019 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var cu=1*1024*1024;function checkUserDefinedMetadata(e,t,r){if(r===void 0){r=false}if(e==null||typeof e!=="object"||Object.getPrototypeOf(e)!==Object.prototype||!plainObjectCheck(e)){throw new Error("User-defined metadata is expected to be a JSON object, but is not.")}if(r){var n=JSON.stringify(e);if(n.length>cu){console.warn('User-defined metadata of model "'.concat(t,'" is too large in ')+"size (length=".concat(n.length," when serialized). It is not ")+"recommended to store such large objects in user-defined metadata. "+"Please make sure its serialized length is <= "+"".concat(cu,"."))}}}function plainObjectCheck(e){var t,r,n,i;if(e===null){return true}else if(typeof e==="object"){if(Object.getPrototypeOf(e)===Object.prototype){var o=Object.keys(e);try{for(var s=__values(o),u=s.next();!u.done;u=s.next()){var l=u.value;if(typeof l!=="string"){return false}if(!plainObjectCheck(e[l])){return false}}}catch(e){t={error:e}}finally{try{if(u&&!u.done&&(r=s.return))r.call(s)}finally{if(t)throw t.error}}return true}else{if(Array.isArray(e)){try{for(var c=__values(e),p=c.next();!p.done;p=c.next()){var f=p.value;if(!plainObjectCheck(f)){return false}}}catch(e){n={error:e}}finally{try{if(p&&!p.done&&(i=c.return))i.call(c)}finally{if(n)throw n.error}}return true}else{return false}}}else{var d=typeof e;return d==="string"||d==="number"||d==="boolean"}}function printSummary(e,t,r,n){if(n===void 0){n=console.log}var i=isModelSequentialLike(e);var o=["Layer (type)","Input Shape","Output shape","Param #"];if(i){t=t||90;r=r||[.32,.61,.89,1]}else{t=t||115;r=r||[.24,.48,.7,.8,1]}if(r[r.length-1]<=1){r=r.map(function(e){return Math.floor(t*e)})}var s;if(!i){o.push("Receives inputs");s=[];for(var u in e.nodesByDepth){s.push.apply(s,__spreadArray([],__read(e.nodesByDepth[u]),false))}}n("_".repeat(t));printRow(o,r,n);n("=".repeat(t));var l=e.layers;for(var c=0;c<l.length;++c){if(i){printLayerSummary(l[c],r,n)}else{printLayerSummaryWithConnections(l[c],r,s,n)}n((c===l.length-1?"=":"_").repeat(t))}e.checkTrainableWeightsConsistency();var p=countTrainableParams(e);var f=countParamsInWeights(e.nonTrainableWeights);n("Total params: ".concat(p+f));n("Trainable params: ".concat(p));n("Non-trainable params: ".concat(f));n("_".repeat(t))}function countTrainableParams(e){var t;if(e.collectedTrainableWeights!=null){t=countParamsInWeights(e.collectedTrainableWeights)}else{t=countParamsInWeights(e.trainableWeights)}return t}function isModelSequentialLike(e){var t,r,n,i,o,s;var u=true;var l=[];var c=[];for(var p in e.nodesByDepth){l.push(e.nodesByDepth[p])}try{for(var f=__values(l),d=f.next();!d.done;d=f.next()){var h=d.value;if(h.length>1||h.length===1&&h[0].inboundLayers.length>1){u=false;break}c.push.apply(c,__spreadArray([],__read(h),false))}}catch(e){t={error:e}}finally{try{if(d&&!d.done&&(r=f.return))r.call(f)}finally{if(t)throw t.error}}if(u){try{for(var v=__values(e.layers),g=v.next();!g.done;g=v.next()){var m=g.value;var y=false;try{for(var b=(o=void 0,__values(m.inboundNodes)),k=b.next();!k.done;k=b.next()){var w=k.value;if(c.indexOf(w)!==-1){if(y){u=false;break}else{y=true}}}}catch(e){o={error:e}}finally{try{if(k&&!k.done&&(s=b.return))s.call(b)}finally{if(o)throw o.error}}if(!u){break}}}catch(e){n={error:e}}finally{try{if(g&&!g.done&&(i=v.return))i.call(v)}finally{if(n)throw n.error}}}return u}function printRow(e,t,r){if(r===void 0){r=console.log}var n="";for(var i=0;i<e.length;++i){if(i>0){n=n.slice(0,n.length-1)+" "}n+=e[i];n=n.slice(0,t[i]);n+=" ".repeat(t[i]-n.length)}r(n)}function printLayerSummary(e,t,r){var n;var i;try{i=e.inboundNodes.map(function(e){return JSON.stringify(e.inputShapes)}).join(",")}catch(e){i="multiple"}try{n=JSON.stringify(e.outputShape)}catch(e){n="multiple"}var o=e.name;var s=e.getClassName();var u=["".concat(o," (").concat(s,")"),i,n,e.countParams().toString()];printRow(u,t,r)}function printLayerSummaryWithConnections(e,t,r,n){var i,o;var s;var u;try{u=e.inboundNodes.map(function(e){return JSON.stringify(e.inputShapes)}).join(",")}catch(e){u="multiple"}try{s=JSON.stringify(e.outputShape)}catch(e){s="multiple"}var l=[];try{for(var c=__values(e.inboundNodes),p=c.next();!p.done;p=c.next()){var f=p.value;if(r!=null&&r.length>0&&r.indexOf(f)===-1){continue}for(var d=0;d<f.inboundLayers.length;++d){var h=f.inboundLayers[d].name;var v=f.nodeIndices[d];var g=f.tensorIndices[d];l.push("".concat(h,"[").concat(v,"][").concat(g,"]"))}}}catch(e){i={error:e}}finally{try{if(p&&!p.done&&(o=c.return))o.call(c)}finally{if(i)throw i.error}}var m=e.name;var y=e.getClassName();var b=l.length===0?"":l[0];var k=["".concat(m," (").concat(y,")"),u,s,e.countParams().toString(),b];printRow(k,t,n);for(var d=1;d<l.length;++d){printRow(["","","","",l[d]],t,n)}}function isArrayItemInputOrOutputName(e,t,r){return(e==="inboundNodes"||e==="outputLayers"||e==="inputLayers")&&t===0&&typeof r==="string"}function convertPythonicToTs(e,t){var r,n;if(e===null){return null}else if(typeof e==="string"){return toCamelCase(e)}else if(typeof e==="number"||typeof e==="boolean"){return e}else if(e instanceof Array){var i=[];var o=e.length;for(var s=0;s<o;++s){var u=e[s];if(isArrayItemInputOrOutputName(t,s,u)){i.push(u)}else{i.push(convertPythonicToTs(u,t))}}return i}else{var l={};try{for(var c=__values(Object.keys(e)),p=c.next();!p.done;p=c.next()){var f=p.value;var d=e[f];if(f==="name"&&typeof d==="string"){l[f]=d}else{var h=toCamelCase(f);l[h]=convertPythonicToTs(d,h)}}}catch(e){r={error:e}}finally{try{if(p&&!p.done&&(n=c.return))n.call(c)}finally{if(r)throw r.error}}return l}}function convertTsToPythonic(e,t){var r,n;if(e===null||e===undefined){return null}else if(typeof e==="string"){return toSnakeCase(e)}else if(typeof e==="number"||typeof e==="boolean"){return e}else if(e instanceof Array){var i=[];var o=e.length;for(var s=0;s<o;++s){var u=e[s];if(isArrayItemInputOrOutputName(t,s,u)){i.push(u)}else{i.push(convertTsToPythonic(u,t))}}return i}else{var l={};try{for(var c=__values(Object.keys(e)),p=c.next();!p.done;p=c.next()){var f=p.value;var d=e[f];var h=toSnakeCase(f);if((f==="name"||f==="className")&&typeof d==="string"){l[h]=d}else{l[h]=convertTsToPythonic(d,f)}}}catch(e){r={error:e}}finally{try{if(p&&!p.done&&(n=c.return))n.call(c)}finally{if(r)throw r.error}}return l}}
/** @license See the LICENSE file. */var pu="4.22.0";var isKerasSavedModelFormat=function(e){var t=Object.keys(e);if(t.length===0){return false}var r=t[0].split("/");return!isNaN(parseInt(r[r.length-1],10))};var fu=function(e){__extends(Container,e);function Container(t){var r,n,i,o,l,c,p,f,d,h,v,g,m,y,b,k,w,_,x,S,I,N,T,A;var C=e.call(this,{})||this;C.containerNodes=new Set;C.name=t.name;if(C.name==null){var z=C.getClassName().toLowerCase();C.name=getUid(z)}C.supportsMasking=false;C.trainable_=true;if(Array.isArray(t.inputs)){C.inputs=t.inputs.slice()}else{C.inputs=[t.inputs]}if(Array.isArray(t.outputs)){C.outputs=t.outputs.slice()}else{C.outputs=[t.outputs]}if(unique(C.inputs).length!==C.inputs.length){throw new u("The list of inputs passed to the model is "+"redundant. All inputs should only appear once. Found: "+"".concat(C.inputs.map(function(e){return e.name})))}if(unique(C.outputs).length!==C.outputs.length){console.warn("The list of outputs passed to the model is redundant. "+"All outputs should only appear once. Found: "+"".concat(C.outputs.map(function(e){return e.name})))}C.inputLayers=[];C.inputLayersNodeIndices=[];C.inputLayersTensorIndices=[];C.outputLayers=[];C.outputLayersNodeIndices=[];C.outputLayersTensorIndices=[];C.layers=[];C.internalContainerRefs=[];try{for(var D=__values(C.outputs),E=D.next();!E.done;E=D.next()){var F=E.value;var M=F.sourceLayer;var R=F.nodeIndex;var L=F.tensorIndex;C.outputLayers.push(M);C.outputLayersNodeIndices.push(R);C.outputLayersTensorIndices.push(L)}}catch(e){r={error:e}}finally{try{if(E&&!E.done&&(n=D.return))n.call(D)}finally{if(r)throw r.error}}try{for(var O=__values(C.inputs),P=O.next();!P.done;P=O.next()){var F=P.value;var M=F.sourceLayer;var R=F.nodeIndex;var L=F.tensorIndex;assert$1(R===0,"input layer has >1 nodes");assert$1(L===0,"input layer has >1 tensors");C.inputLayers.push(M);C.inputLayersNodeIndices.push(R);C.inputLayersTensorIndices.push(L)}}catch(e){i={error:e}}finally{try{if(P&&!P.done&&(o=O.return))o.call(O)}finally{if(i)throw i.error}}C.inputNames=[];C.outputNames=[];C.feedInputShapes=[];C.feedInputNames=[];C.feedOutputNames=[];for(var B=0;B<C.inputLayers.length;B++){var M=C.inputLayers[B];if(!(M instanceof Y)){throw new TypeError("Input layers to a LayersModel must be InputLayer objects. "+"Received inputs: ".concat(t.inputs,". ")+"Input ".concat(B," (0-based) originates ")+"from layer type ".concat(M.getClassName(),"."))}C.inputNames.push(M.name);C.feedInputShapes.push(M.batchInputShape);C.feedInputNames.push(M.name)}try{for(var W=__values(C.outputLayers),U=W.next();!U.done;U=W.next()){var M=U.value;C.outputNames.push(M.name)}}catch(e){l={error:e}}finally{try{if(U&&!U.done&&(c=W.return))c.call(W)}finally{if(l)throw l.error}}C.internalInputShapes=C.inputs.map(function(e){return e.shape});C.internalOutputShapes=C.outputs.map(function(e){return e.shape});var G={};var V={};var j={};var q={};var K={};var H=[];var buildMapOfGraph=function(e,t,r,n,i,o){if(n==null||i==null||o==null){n=e.sourceLayer;i=e.nodeIndex;o=e.tensorIndex}var u=n.inboundNodes[i];if(r.indexOf(u)!==-1){throw new s("The tensor ".concat(e.name,' at layer "').concat(n.name,'" ')+"is part of a cycle.")}if(t.indexOf(u)!==-1){return}C.containerNodes.add(Container.nodeKey(n,i));if(!(n.id in K)){K[n.id]=Object.keys(K).length}if(r.indexOf(u)===-1){r.push(u)}var l=u.inboundLayers.length;for(var c=0;c<l;c++){var p=u.inputTensors[c];var f=u.inboundLayers[c];var d=u.nodeIndices[c];var h=u.tensorIndices[c];buildMapOfGraph(p,t,r,f,d,h)}t.push(u);while(r.indexOf(u)>=0){r.splice(r.indexOf(u),1)}H.push(u)};var $=[];var Z=[];try{for(var X=__values(C.outputs),Q=X.next();!Q.done;Q=X.next()){var F=Q.value;buildMapOfGraph(F,$,Z)}}catch(e){p={error:e}}finally{try{if(Q&&!Q.done&&(f=X.return))f.call(X)}finally{if(p)throw p.error}}var ee=H.slice().reverse();try{for(var te=__values(ee),re=te.next();!re.done;re=te.next()){var ne=re.value;V[ne.id]=ne;if(!(ne.id in G)){G[ne.id]=0}var ae=G[ne.id];var ie=j[ne.outboundLayer.id]==null?0:j[ne.outboundLayer.id];ae=Math.max(ae,ie);j[ne.outboundLayer.id]=ae;q[ne.outboundLayer.id]=ne.outboundLayer;G[ne.id]=ae;for(var B=0;B<ne.inboundLayers.length;B++){var oe=ne.inboundLayers[B];var R=ne.nodeIndices[B];var se=oe.inboundNodes[R];var ue=G[se.id]==null?0:G[se.id];G[se.id]=Math.max(ae+1,ue);V[se.id]=se}}}catch(e){d={error:e}}finally{try{if(re&&!re.done&&(h=te.return))h.call(te)}finally{if(d)throw d.error}}var le={};for(var ce in G){var ae=G[ce];if(!(ae in le)){le[ae]=[]}le[ae].push(V[ce])}var pe={};for(var fe in j){var ae=j[fe];if(!(ae in pe)){pe[ae]=[]}pe[ae].push(q[fe])}var de=Object.keys(pe).map(function(e){return parseInt(e,10)}).sort(reverseNumberCompare);C.layers=[];try{for(var he=__values(de),ve=he.next();!ve.done;ve=he.next()){var ae=ve.value;var ge=pe[ae];ge.sort(function(e,t){var r=K[e.id];var n=K[t.id];if(r<n){return-1}if(r>n){return 1}return 0});try{for(var me=(m=void 0,__values(ge)),ye=me.next();!ye.done;ye=me.next()){var M=ye.value;if(M instanceof Container){C.internalContainerRefs.push(M)}C.layers.push(M)}}catch(e){m={error:e}}finally{try{if(ye&&!ye.done&&(y=me.return))y.call(me)}finally{if(m)throw m.error}}}}catch(e){v={error:e}}finally{try{if(ve&&!ve.done&&(g=he.return))g.call(he)}finally{if(v)throw v.error}}C.layersByDepth=pe;de=Object.keys(le).map(function(e){return parseInt(e,10)}).sort(reverseNumberCompare);var be=C.inputs.slice();var ke=[];try{for(var we=__values(de),_e=we.next();!_e.done;_e=we.next()){var ae=_e.value;try{for(var xe=(w=void 0,__values(le[ae])),Se=xe.next();!Se.done;Se=xe.next()){var ne=Se.value;var M=ne.outboundLayer;if(M!=null){try{for(var Ie=(x=void 0,__values(ne.inputTensors)),Ne=Ie.next();!Ne.done;Ne=Ie.next()){var F=Ne.value;if(be.indexOf(F)===-1){throw new s("Graph disconnected: cannot obtain value for tensor ".concat(F)+' at layer "'.concat(M.name,'". ')+"The following previous layers were accessed without "+"issue: ".concat(ke))}}}catch(e){x={error:e}}finally{try{if(Ne&&!Ne.done&&(S=Ie.return))S.call(Ie)}finally{if(x)throw x.error}}try{for(var Te=(I=void 0,__values(ne.outputTensors)),Ae=Te.next();!Ae.done;Ae=Te.next()){var F=Ae.value;be.push(F)}}catch(e){I={error:e}}finally{try{if(Ae&&!Ae.done&&(N=Te.return))N.call(Te)}finally{if(I)throw I.error}}ke.push(M.name)}}}catch(e){w={error:e}}finally{try{if(Se&&!Se.done&&(_=xe.return))_.call(xe)}finally{if(w)throw w.error}}}}catch(e){b={error:e}}finally{try{if(_e&&!_e.done&&(k=we.return))k.call(we)}finally{if(b)throw b.error}}C.nodesByDepth=le;var Ce=C.layers.map(function(e){return e.name});var _loop_1=function(e){var t=Ce.filter(function(t){return t===e}).length;if(t!==1){throw new s('The name "'.concat(e,'" is used ').concat(t," times ")+"in the model. All layer names should be unique. Layer names: "+JSON.stringify(Ce))}};try{for(var ze=__values(Ce),De=ze.next();!De.done;De=ze.next()){var Ee=De.value;_loop_1(Ee)}}catch(e){T={error:e}}finally{try{if(De&&!De.done&&(A=ze.return))A.call(ze)}finally{if(T)throw T.error}}C.outboundNodes=[];C.inboundNodes=[];new J({outboundLayer:C,inboundLayers:[],nodeIndices:[],tensorIndices:[],inputTensors:C.inputs,outputTensors:C.outputs,inputMasks:C.inputs.map(function(e){return null}),outputMasks:C.outputs.map(function(e){return null}),inputShapes:C.inputs.map(function(e){return e.shape}),outputShapes:C.outputs.map(function(e){return e.shape})});C.built=true;C._refCount=1;return C}Container.prototype.assertNotDisposed=function(){if(this._refCount===0){throw new Error("Container '".concat(this.name,"' is already disposed."))}};Container.prototype.dispose=function(){var e,t,r,n;this.assertNotDisposed();var i={refCountAfterDispose:null,numDisposedVariables:0};if(--this._refCount===0){try{for(var o=__values(this.layers),s=o.next();!s.done;s=o.next()){var u=s.value;i.numDisposedVariables+=u.dispose().numDisposedVariables}}catch(t){e={error:t}}finally{try{if(s&&!s.done&&(t=o.return))t.call(o)}finally{if(e)throw e.error}}try{for(var l=__values(this.internalContainerRefs),c=l.next();!c.done;c=l.next()){var p=c.value;i.numDisposedVariables+=p.dispose().numDisposedVariables}}catch(e){r={error:e}}finally{try{if(c&&!c.done&&(n=l.return))n.call(l)}finally{if(r)throw r.error}}}i.refCountAfterDispose=this._refCount;return i};Object.defineProperty(Container.prototype,"trainable",{get:function(){return this.trainable_},set:function(e){this.layers.forEach(function(t){t._trainableWeights.forEach(function(t){return t.trainable=e})});this.trainable_=e},enumerable:false,configurable:true});Object.defineProperty(Container.prototype,"trainableWeights",{get:function(){var e,t;if(this._trainableWeights.length>0){throw new u("Container instance unexpectedly contains _trainableWeights."+"The trainable weights of a Container are a union of the "+"trainable weights of its consituent Layers. Its own "+"_trainableWeights must remain an empty Array.")}if(!this.trainable){return[]}var r=[];try{for(var n=__values(this.layers),i=n.next();!i.done;i=n.next()){var o=i.value;r=r.concat(o.trainableWeights)}}catch(t){e={error:t}}finally{try{if(i&&!i.done&&(t=n.return))t.call(n)}finally{if(e)throw e.error}}return r},enumerable:false,configurable:true});Object.defineProperty(Container.prototype,"nonTrainableWeights",{get:function(){var e,t,r,n;var i=[];try{for(var o=__values(this.layers),s=o.next();!s.done;s=o.next()){var u=s.value;i.push.apply(i,__spreadArray([],__read(u.nonTrainableWeights),false))}}catch(t){e={error:t}}finally{try{if(s&&!s.done&&(t=o.return))t.call(o)}finally{if(e)throw e.error}}if(!this.trainable){var l=[];try{for(var c=__values(this.layers),p=c.next();!p.done;p=c.next()){var u=p.value;l.push.apply(l,__spreadArray([],__read(u.trainableWeights),false))}}catch(e){r={error:e}}finally{try{if(p&&!p.done&&(n=c.return))n.call(c)}finally{if(r)throw r.error}}return l.concat(i)}return i},enumerable:false,configurable:true});Object.defineProperty(Container.prototype,"weights",{get:function(){return this.trainableWeights.concat(this.nonTrainableWeights)},enumerable:false,configurable:true});Container.prototype.loadWeights=function(e,t){var r,n,i,o;if(t===void 0){t=true}var s={};var l=0;var c=isKerasSavedModelFormat(e);if(c){this.parseWeights(e)}try{for(var p=__values(this.layers),f=p.next();!f.done;f=p.next()){var d=f.value;try{for(var h=(i=void 0,__values(d.weights.entries())),v=h.next();!v.done;v=h.next()){var g=__read(v.value,2),m=g[0],y=g[1];var b=c?"".concat(y.name.split("/").slice(0,-1).join("/")+"/").concat(m):y.originalName;if(s[b]!=null){throw new u("Duplicate weight name: ".concat(b))}s[b]=y;l++}}catch(e){i={error:e}}finally{try{if(v&&!v.done&&(o=h.return))o.call(h)}finally{if(i)throw i.error}}}}catch(e){r={error:e}}finally{try{if(f&&!f.done&&(n=p.return))n.call(p)}finally{if(r)throw r.error}}var k=[];for(var w in e){var _=w;if(s[w]==null){var x=w.split("/");var S=x.slice(0,-2).concat([x[x.length-1]]);_=S.join("/")}if(s[_]!=null){k.push([s[_],e[w]])}else if(t){throw new u("Provided weight data has no target variable: ".concat(w))}delete s[_]}if(t){var I=[];for(var w in s){I.push(w)}if(I.length>0){throw new u("".concat(I.length," of ").concat(l," weights are not set: ")+"".concat(I))}}batchSetValue(k)};Container.prototype.parseWeights=function(e){var _loop_2=function(t){var r=t.split("/");var n=["vars","layer_checkpoint_dependencies"];var i=r.map(function(e){if(e.startsWith("_")){return e.slice(1)}return e}).filter(function(e){return!n.includes(e)}).join("/");if(i!==t){e[i]=e[t];delete e[t]}};for(var t in Object.keys(e)){_loop_2(t)}};Container.prototype.updatedConfig=function(){var e=this.getConfig();var t={};t["className"]=this.getClassName();t["config"]=e;t["kerasVersion"]="tfjs-layers ".concat(pu);t["backend"]="TensorFlow.js";return t};Container.prototype.toJSON=function(e,t){if(t===void 0){t=true}var r=convertTsToPythonic(this.updatedConfig());return t?JSON.stringify(r):r};Container.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=toList(e);var n=new Q;for(var i=0;i<r.inputs.length;++i){n.add(r.inputs[i],e[i])}return execute(r.outputs,n,t)})};Container.prototype.computeMask=function(e,t){var r=this;return n.tidy(function(){e=toList(e);var n;if(t==null){n=pyListRepeat(null,e.length)}else{n=toList(t)}return r.runInternalGraph(e,n)[1]})};Container.prototype.computeOutputShape=function(e){var t,r,n,i;var o=normalizeShapeList(e);if(o.length!==this.inputLayers.length){throw new u("Invalid inputShape argument ".concat(e,": ")+"model has ".concat(this.inputLayers.length," tensor inputs."))}var s={};for(var l=0;l<o.length;l++){var c=this.inputLayers[l];var p=o[l];var f=c.name+"_0_0";s[f]=p}var d=Object.keys(this.nodesByDepth).map(function(e){return parseInt(e,10)}).sort(reverseNumberCompare);if(d.length>1){try{for(var h=__values(d),v=h.next();!v.done;v=h.next()){var g=v.value;var m=this.nodesByDepth[g];try{for(var y=(n=void 0,__values(m)),b=y.next();!b.done;b=y.next()){var k=b.value;var c=k.outboundLayer;if(this.inputLayers.map(function(e){return e.id}).indexOf(c.id)!==-1){continue}var w=[];for(var _=0;_<k.inboundLayers.length;_++){var x=k.inboundLayers[_];var S=k.nodeIndices[_];var I=k.tensorIndices[_];var f="".concat(x.name,"_").concat(S,"_").concat(I);var N=s[f];w.push(N)}var T=c.computeOutputShape(singletonOrArray(w));var A=normalizeShapeList(T);var C=c.inboundNodes.indexOf(k);for(var _=0;_<A.length;_++){var f="".concat(c.name,"_").concat(C,"_").concat(_);s[f]=A[_]}}}catch(e){n={error:e}}finally{try{if(b&&!b.done&&(i=y.return))i.call(y)}finally{if(n)throw n.error}}}}catch(e){t={error:e}}finally{try{if(v&&!v.done&&(r=h.return))r.call(h)}finally{if(t)throw t.error}}}var z=[];var D=[];for(var l=0;l<this.outputLayers.length;l++){var c=this.outputLayers[l];var C=this.outputLayersNodeIndices[l];var I=this.outputLayersTensorIndices[l];var f="".concat(c.name,"_").concat(C,"_").concat(I);D.push(f)}for(var l=0;l<D.length;l++){var E=D[l];assert$1(E in s);z.push(s[E])}return singletonOrArray(z)};Container.prototype.runInternalGraph=function(e,t){var r,n,i,o,s,u,c,p;if(t==null){t=pyListRepeat(null,e.length)}var f={};for(var d=0;d<this.inputs.length;++d){var h=this.inputs[d];var v=e[d];var g=t[d];f[h.id]=[v,g]}var m=Object.keys(this.nodesByDepth).map(function(e){return parseInt(e,10)}).sort(reverseNumberCompare);try{for(var y=__values(m),b=y.next();!b.done;b=y.next()){var k=b.value;var w=this.nodesByDepth[k];try{for(var _=(i=void 0,__values(w)),x=_.next();!x.done;x=_.next()){var S=x.value;var I=S.outboundLayer;var N=S.inputTensors;var T=S.outputTensors;var A=new Array;try{for(var C=(s=void 0,__values(N)),z=C.next();!z.done;z=C.next()){var h=z.value;if(h.id in f){A.push(f[h.id])}}}catch(e){s={error:e}}finally{try{if(z&&!z.done&&(u=C.return))u.call(C)}finally{if(s)throw s.error}}if(A.length===N.length){var D={};var E=void 0;var F=void 0;var M=void 0;var R=void 0;if(S.callArgs!=null){D=S.callArgs}if(A.length===1){var L=__read(A[0],2),O=L[0],P=L[1];if(D["mask"]==null){D["mask"]=P}M=toList(I.call(O,D));R=toList(I.computeMask(O,P));E=[O];F=[P]}else{E=A.map(function(e){return e[0]});F=A.map(function(e){return e[1]});if(D["mask"]==null){D["mask"]=F}M=toList(I.call(E,D));R=toList(I.computeMask(E,F))}if(I.activityRegularizer){throw new l("LayersModel invocation with concrete Tensor value(s) in the "+"presence of activity regularizer(s) is not supported yet.")}for(var d=0;d<T.length;++d){var h=T[d];var v=M[d];var g=R[d];f[h.id]=[v,g]}}}}catch(e){i={error:e}}finally{try{if(x&&!x.done&&(o=_.return))o.call(_)}finally{if(i)throw i.error}}}}catch(e){r={error:e}}finally{try{if(b&&!b.done&&(n=y.return))n.call(y)}finally{if(r)throw r.error}}var B=[];var W=[];var U=[];try{for(var G=__values(this.outputs),V=G.next();!V.done;V=G.next()){var h=V.value;assert$1(h.id in f,"Could not compute output ".concat(h.name," : ").concat(h.id));var j=__read(f[h.id],2),q=j[0],g=j[1];U.push(q.shape);B.push(q);W.push(g)}}catch(e){c={error:e}}finally{try{if(V&&!V.done&&(p=G.return))p.call(G)}finally{if(c)throw c.error}}return[B,W,U]};Container.prototype.buildNodeConversionMap=function(e){var t,r;var n={};var i;try{for(var o=__values(this.layers),s=o.next();!s.done;s=o.next()){var u=s.value;i=u instanceof Container?1:0;for(var l=0;l<u.inboundNodes.length;l++){var c=Container.nodeKey(u,l);if(this.containerNodes.has(c)){n[c]=i;i+=1}}}}catch(e){t={error:e}}finally{try{if(s&&!s.done&&(r=o.return))r.call(o)}finally{if(t)throw t.error}}return n};Container.prototype.getLayer=function(e,t){var r,n;if(t!=null){return this.findLayer(t)}else{if(e==null){throw new u("Provide either a layer name or layer index")}if(typeof e==="number"){return this.findLayer(e)}}try{for(var i=__values(this.layers),o=i.next();!o.done;o=i.next()){var s=o.value;if(s.name===e){return s}}}catch(e){r={error:e}}finally{try{if(o&&!o.done&&(n=i.return))n.call(i)}finally{if(r)throw r.error}}throw new u("No such layer: ".concat(e))};Container.prototype.findLayer=function(e){if(this.layers.length<=e){throw new u("Was asked to retrieve layer at index ".concat(e,", but model only ")+"has ".concat(this.layers.length," layer(s)."))}else{return this.layers[e]}};Container.prototype.calculateLosses=function(){var e=this;return n.tidy(function(){var t,r;var n=[];try{for(var i=__values(e.layers),o=i.next();!o.done;o=i.next()){var s=o.value;for(var u=0;u<s.inboundNodes.length;++u){var l=Container.nodeKey(s,u);if(e.containerNodes.has(l)){n.push.apply(n,__spreadArray([],__read(s.calculateLosses()),false))}}}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}return n})};Container.prototype.getConfig=function(){var e,t;var r={name:this.name};var n=this.buildNodeConversionMap(this.layers);var i=[];try{for(var o=__values(this.layers),s=o.next();!s.done;s=o.next()){var u=s.value;var l=u.getClassName();var c=u.getConfig();var p=[];for(var f=0;f<u.inboundNodes.length;f++){var d=u.inboundNodes[f];var h=Container.nodeKey(u,f);var v={};if(this.containerNodes.has(h)){if(d.callArgs){try{JSON.stringify(d.callArgs);v=d.callArgs}catch(e){console.warn("Layer ".concat(u.name," was passed ")+"non-serializable keyword arguments: "+"".concat(d.callArgs,". They will not be included ")+"in the serialized model (and thus will be "+"missing at deserialization time).");v={}}}if(d.inboundLayers.length>0){var g=[];for(var m=0;m<d.inboundLayers.length;m++){var y=d.inboundLayers[m];var b=d.nodeIndices[m];var k=d.tensorIndices[m];var w=Container.nodeKey(y,b);var _=n[w];if(_==null){_=0}g.push([y.name,_,k,v])}p.push(g)}}}var x={};x["name"]=u.name;x["className"]=l;x["config"]=c;x["inboundNodes"]=p;i.push(x)}}catch(t){e={error:t}}finally{try{if(s&&!s.done&&(t=o.return))t.call(o)}finally{if(e)throw e.error}}r["layers"]=i;var S=[];for(var m=0;m<this.inputLayers.length;m++){var u=this.inputLayers[m];var b=this.inputLayersNodeIndices[m];var h=Container.nodeKey(u,b);if(!this.containerNodes.has(h)){continue}var _=n[h];if(_===null||_===undefined){_=0}var k=this.inputLayersTensorIndices[m];S.push([u.name,_,k])}r["inputLayers"]=S;var I=[];for(var m=0;m<this.outputLayers.length;m++){var u=this.outputLayers[m];var b=this.outputLayersNodeIndices[m];var h=Container.nodeKey(u,b);if(!this.containerNodes.has(h)){continue}var _=n[h];if(_===null||_===undefined){_=0}var k=this.outputLayersTensorIndices[m];I.push([u.name,_,k])}r["outputLayers"]=I;return r};Container.fromConfig=function(e,t,r,n){var i,o,s,l,c,p,f,d,h,v;if(n===void 0){n=false}var g={};var m={};function addUnprocessedNode(e,t){if(!(e.name in m)){m[e.name]=[t]}else{m[e.name].push(t)}}function processNode(e,t){var r,n;var i=[];var o;try{for(var s=__values(t),u=s.next();!u.done;u=s.next()){var l=u.value;var c=l[0];var p=l[1];var f=l[2];o=l[3]==null?{}:l[3];if(!(c in g)){addUnprocessedNode(e,t);return}var d=g[c];if(d.inboundNodes.length<=p){addUnprocessedNode(e,t);return}var h=d.inboundNodes[p];i.push(h.outputTensors[f])}}catch(e){r={error:e}}finally{try{if(u&&!u.done&&(n=s.return))n.call(s)}finally{if(r)throw r.error}}if(i.length>0){e.apply(singletonOrArray(i),o)}}function processLayer(e){var r=e["name"];var i=deserialize(e,t["customObjects"]!=null?t["customObjects"]:{});i.setFastWeightInitDuringBuild(n);g[r]=i;var o=e["inboundNodes"];o.forEach(function(e){if(!(e instanceof Array)){throw new u("Corrupted configuration, expected array for nodeData: ".concat(e))}addUnprocessedNode(i,e)})}var y=t["name"];var b=t["layers"];try{for(var k=__values(b),w=k.next();!w.done;w=k.next()){var _=w.value;processLayer(_)}}catch(e){i={error:e}}finally{try{if(w&&!w.done&&(o=k.return))o.call(k)}finally{if(i)throw i.error}}while(!isObjectEmpty(m)){try{for(var x=(s=void 0,__values(b)),S=x.next();!S.done;S=x.next()){var _=S.value;var I=g[_["name"]];if(I.name in m){var N=m[I.name];delete m[I.name];try{for(var T=(c=void 0,__values(N)),A=T.next();!A.done;A=T.next()){var C=A.value;processNode(I,C)}}catch(e){c={error:e}}finally{try{if(A&&!A.done&&(p=T.return))p.call(T)}finally{if(c)throw c.error}}}}}catch(e){s={error:e}}finally{try{if(S&&!S.done&&(l=x.return))l.call(x)}finally{if(s)throw s.error}}}var z=[];var D=[];var E=t["inputLayers"];try{for(var F=__values(E),M=F.next();!M.done;M=F.next()){var _=M.value;var R=_[0];var L=_[1];var O=_[2];assert$1(R in g);var I=g[R];var P=I.inboundNodes[L].outputTensors;z.push(P[O])}}catch(e){f={error:e}}finally{try{if(M&&!M.done&&(d=F.return))d.call(F)}finally{if(f)throw f.error}}var B=t["outputLayers"];try{for(var W=__values(B),U=W.next();!U.done;U=W.next()){var _=U.value;var R=_[0];var L=_[1];var O=_[2];assert$1(R in g);var I=g[R];var P=I.inboundNodes[L].outputTensors;D.push(P[O])}}catch(e){h={error:e}}finally{try{if(U&&!U.done&&(v=W.return))v.call(W)}finally{if(h)throw h.error}}return new e({inputs:z,outputs:D,name:y})};Object.defineProperty(Container.prototype,"stateful",{get:function(){var e,t;if(this._stateful){throw new u("Container instance unexpectedly has _stateful = true. The "+"statefulness of a Container is determined by the Layers it "+"contains. Its _stateful property must remain the default false.")}try{for(var r=__values(this.layers),n=r.next();!n.done;n=r.next()){var i=n.value;if(i.stateful){return true}}}catch(t){e={error:t}}finally{try{if(n&&!n.done&&(t=r.return))t.call(r)}finally{if(e)throw e.error}}return false},enumerable:false,configurable:true});Container.prototype.resetStates=function(){var e=this;n.tidy(function(){e.layers.forEach(function(e){if(e.stateful){e.resetStates()}})})};return Container}(X);function standardizeSampleOrClassWeights(e,t,r){var n=t.length;if(e==null||Array.isArray(e)&&e.length===0){return t.map(function(e){return null})}if(n===1){if(Array.isArray(e)&&e.length===1){return e}else if(typeof e==="object"&&t[0]in e){return[e[t[0]]]}else{return[e]}}if(Array.isArray(e)){if(e.length!==n){throw new Error("Provided ".concat(r," is an array of ").concat(e.length," ")+"element(s), but the model has ".concat(n," outputs. ")+"Make sure a set of weights is provided for each model output.")}return e}else if(typeof e==="object"&&Object.keys(e).length>0&&typeof e[Object.keys(e)[0]]==="object"){var i=[];t.forEach(function(t){if(t in e){i.push(e[t])}else{i.push(null)}});return i}else{throw new Error("The model has multiple (".concat(n,") outputs, ")+"so ".concat(r," must be either an array with ")+"".concat(n," elements or an object with ").concat(t," keys. ")+"Provided ".concat(r," not understood: ").concat(JSON.stringify(e)))}}function standardizeClassWeights(e,t){return standardizeSampleOrClassWeights(e,t,"classWeight")}function standardizeWeights(e,t,r,i){return __awaiter(this,void 0,void 0,function(){var o,s,u,l,c;return __generator(this,function(p){switch(p.label){case 0:if(t!=null||i!=null){throw new Error("Support sampleWeight is not implemented yet")}if(!(r!=null))return[3,2];o=n.tidy(function(){if(e.shape.length===1){return n.clone(e)}else if(e.shape.length===2){if(e.shape[1]>1){var t=1;return n.argMax(e,t)}else if(e.shape[1]===1){return n.reshape(e,[e.shape[0]])}else{throw new Error("Encountered unexpected last-dimension size (".concat(e.shape[1],") ")+"during handling of class weights. The size is expected to be "+">= 1.")}}else{throw new Error("Unexpected rank of target (y) tensor (".concat(e.rank,") during ")+"handling of class weights. The rank is expected to be 1 or 2.")}});l=(u=Array).from;return[4,o.data()];case 1:s=l.apply(u,[p.sent()]);n.dispose(o);c=[];s.forEach(function(e){if(r[e]==null){throw new Error("classWeight must contain all classes in the training data. "+"The class ".concat(e," exists in the data but not in ")+"classWeight")}else{c.push(r[e])}});return[2,n.tensor1d(c,"float32")];case 2:return[2,null]}})})}function computeWeightedLoss(e,t){return n.mul(e,t)}var du=32;function standardizeDataIteratorOutput(e,t){var r;var n;var o=t;r=o["xs"];n=o["ys"];i.util.assert(r!=null&&n!=null,function(){return"A Dataset iterator for fitDataset() is expected to generate "+"objects of the form `{xs: xVal, ys: yVal}`, where the two "+"values may be `tf.Tensor`, an array of Tensors, or a map of "+"string to Tensor.  The provided Dataset instead generates "+"".concat(t)});var s=flattenTensorOrArrayOrMap("input",e.inputNames,r);var u=flattenTensorOrArrayOrMap("output",e.outputNames,n);var l=s[0].shape[0];i.util.assert(s.length===e.inputs.length,function(){return"LayersModel has ".concat(e.inputs.length," inputs, but the dataset ")+"provides ".concat(s.length," inputs.  (Expected input keys: ")+"".concat(JSON.stringify(e.inputNames),")")});i.util.assert(u.length===e.outputs.length,function(){return"LayersModel has ".concat(e.outputs.length," outputs, but the dataset ")+"provides ".concat(u.length," outputs.  (Expected output keys: ")+"".concat(JSON.stringify(e.outputNames),")")});var _loop_1=function(t){i.util.assert(s[t].shape[0]===l,function(){return"Batch size mismatch: input "+"".concat(e.inputNames[t]," has ").concat(s[t].shape[0],"; ")+"expected  ".concat(l," based on input ").concat(e.inputNames[0],".")})};for(var c=0;c<s.length;c++){_loop_1(c)}var _loop_2=function(t){i.util.assert(u[t].shape[0]===l,function(){return"Batch size mismatch: output "+"".concat(e.outputNames[t]," has ").concat(u[t].shape[0],"; ")+"expected  ".concat(l," based on input ").concat(e.inputNames[0],".")})};for(var p=0;p<u.length;p++){_loop_2(p)}return{xs:s,ys:u}}function flattenTensorOrArrayOrMap(e,t,r){var n,o;if(r instanceof i.Tensor){return[r]}else if(Array.isArray(r)){i.util.assert(r.length===t.length,function(){return"Received an array of ".concat(r.length," Tensors, but expected ").concat(t.length," to match the ").concat(e," keys ").concat(t,".")});return r}else{var s=[];try{for(var l=__values(t),c=l.next();!c.done;c=l.next()){var p=c.value;if(r[p]==null){throw new u("The feature data generated by the dataset lacks the required "+"".concat(e," key '").concat(p,"'."))}s.push(r[p])}}catch(e){n={error:e}}finally{try{if(c&&!c.done&&(o=l.return))o.call(l)}finally{if(n)throw n.error}}return s}}function standardizeTensorValidationData(e){if(e.length===3){throw new l("Validation with sample weights is not implemented yet.")}return{xs:e[0],ys:e[1]}}function fitDataset(e,t,r){return __awaiter(this,void 0,void 0,function(){var n,o,s,u,l,c,p,f,d,h,v,g,m,y,b,k,w,_,x,S,I,N,T,A,C,z,D,E,F,M,z,R,L,O,P,z;return __generator(this,function(B){switch(B.label){case 0:n=r.batchesPerEpoch!=null;i.util.assert(e.optimizer!=null,function(){return"You must compile a model before training/testing. Use "+"LayersModel.compile(modelCompileConfig)."});i.util.assert(r!=null,function(){return"For fitDataset(), the 2nd argument (config) is required, "+"but it is not provided in this call."});i.util.assert(r.epochs!=null&&r.epochs>0&&Number.isInteger(r.epochs),function(){return"For fitDataset(), config.epochs is expected to be a positive "+"integer, but got ".concat(r.epochs)});i.util.assert(!n||r.batchesPerEpoch>0&&Number.isInteger(r.batchesPerEpoch),function(){return"For fitDataset(), config.batchesPerEpoch is expected to be a "+"positive integer if specified, but got ".concat(r.batchesPerEpoch)});i.util.assert(r["validationSplit"]==null,function(){return"`validationSplit` is not supported by `fitDataset()`. "+"Use validationData instead."});if(e.isTraining){throw new Error("Cannot start training because another fit() call is ongoing.")}e.isTraining=true;B.label=1;case 1:B.trys.push([1,,26,27]);o=r.validationData!=null;s=void 0;u=void 0;if(o){if(isDatasetObject(r.validationData)){i.util.assert(r.validationBatches==null||r.validationBatches>0&&Number.isInteger(r.validationBatches),function(){return"For fitDataset() with dataset-based validation, "+"config.validationBatches is expected not to be provided, "+"or to be a positive integer, "+"but got ".concat(r.validationBatches)})}else{l=standardizeTensorValidationData(r.validationData);s=l.xs;u=l.ys}}c=e.makeTrainFunction();p=e.getDedupedMetricsNames();f=void 0;if(o){f=p.slice().concat(p.map(function(e){return"val_"+e}))}else{f=p.slice()}d=standardizeCallbacks(r.callbacks,r.yieldEvery);h=r.verbose==null?1:r.verbose;v=configureCallbacks(d,h,r.epochs,null,null,getStepsPerEpoch(t,r),null,o,f),g=v.callbackList,m=v.history;g.setModel(e);e.history=m;return[4,g.onTrainBegin()];case 2:B.sent();e.stopTraining_=false;y=r.initialEpoch==null?0:r.initialEpoch;return[4,t.iterator()];case 3:b=B.sent();B.label=4;case 4:if(!(y<r.epochs))return[3,23];k={};return[4,g.onEpochBegin(y)];case 5:B.sent();w=0;_=0;if(!!n)return[3,7];return[4,t.iterator()];case 6:b=B.sent();B.label=7;case 7:if(!(n?w<r.batchesPerEpoch:true))return[3,21];return[4,b.next()];case 8:x=B.sent();if(n&&x.done){console.warn("You provided `batchesPerEpoch` as "+"".concat(r.batchesPerEpoch,", ")+"but your dataset iterator ran out of data after "+"".concat(w," batches; ")+"interrupting training. Make sure that your "+"dataset can generate at least `batchesPerEpoch * epochs` "+"batches (in this case, "+"".concat(r.batchesPerEpoch*r.epochs," batches). ")+"You may need to use the repeat() function when building "+"your dataset.");return[3,21]}if(!(x.value!=null))return[3,15];S=standardizeDataIteratorOutput(e,x.value),I=S.xs,N=S.ys;T={};T["batch"]=_;T["size"]=I[0].shape[0];return[4,g.onBatchBegin(_,T)];case 9:B.sent();A=[];if(!(r.classWeight!=null))return[3,13];C=standardizeClassWeights(r.classWeight,e.outputNames);z=0;B.label=10;case 10:if(!(z<C.length))return[3,13];E=(D=A).push;return[4,standardizeWeights(N[z],null,C[z])];case 11:E.apply(D,[B.sent()]);B.label=12;case 12:++z;return[3,10];case 13:F=I.concat(N).concat(A);M=c(F);i.dispose(F);for(z=0;z<p.length;++z){R=p[z];L=M[z];T[R]=L;i.keep(L)}return[4,g.onBatchEnd(_,T)];case 14:B.sent();disposeTensorsInLogs(T);_++;w++;B.label=15;case 15:if(!(n?w>=r.batchesPerEpoch:x.done))return[3,20];if(!o)return[3,19];O=void 0;if(!isDatasetObject(r.validationData))return[3,17];P=toList;return[4,e.evaluateDataset(r.validationData,{batches:r.validationBatches})];case 16:O=P.apply(void 0,[B.sent()]);return[3,18];case 17:O=toList(e.evaluate(s,u,{batchSize:r.validationBatchSize==null?du:r.validationBatchSize,verbose:0}));B.label=18;case 18:for(z=0;z<e.metricsNames.length;++z){k["val_".concat(e.metricsNames[z])]=O[z]}B.label=19;case 19:return[3,21];case 20:if(e.stopTraining_){return[3,21]}return[3,7];case 21:return[4,g.onEpochEnd(y,k)];case 22:B.sent();y++;if(e.stopTraining_){return[3,23]}return[3,4];case 23:return[4,g.onTrainEnd()];case 24:B.sent();return[4,e.history.syncData()];case 25:B.sent();return[2,e.history];case 26:e.isTraining=false;return[7];case 27:return[2]}})})}function getStepsPerEpoch(e,t){var r=null;if(t.batchesPerEpoch!=null){r=t.batchesPerEpoch}else if(Number.isFinite(e.size)){r=e.size}return r}function isDatasetObject(e){return typeof e.iterator==="function"}function isLazyIteratorObject(e){return typeof e.next==="function"}function evaluateDataset(e,t,r){return __awaiter(this,void 0,void 0,function(){var o,s,u,c,p,f,d,h,v,g,m;return __generator(this,function(y){switch(y.label){case 0:r=r||{};o=r.batches!=null;s=e.testFunction;u=[];if(r.verbose>0){throw new l("Verbose mode is not implemented yet.")}i.util.assert(!o||r.batches>0&&Number.isInteger(r.batches),function(){return"Test loop expects `batches` to be a positive integer, but "+"received ".concat(JSON.stringify(r.batches))});if(!isLazyIteratorObject(t))return[3,1];p=t;return[3,3];case 1:return[4,t.iterator()];case 2:p=y.sent();y.label=3;case 3:c=p;f=0;d=0;h=function(){var t;return __generator(this,function(l){switch(l.label){case 0:return[4,c.next()];case 1:t=l.sent();u=i.tidy(function(){if(t.value){var r=standardizeDataIteratorOutput(e,t.value),o=r.xs,l=r.ys;var c=o.concat(l);var p=i.tidy(function(){return s(c)});i.dispose(c);if(d===0){for(var h=0;h<p.length;++h){u.push(n.scalar(0))}}var v=c[0].shape[0];var _loop_4=function(e){var t=p[e];var r=u[e];u[e]=i.tidy(function(){return i.add(u[e],i.mul(v,t))});if(d>0){i.dispose(r)}};for(var h=0;h<p.length;++h){_loop_4(h)}i.dispose(p);f+=v;++d}return u});if(t.done){if(o){console.warn("Your dataset iterator ran out of data during evaluateDataset(). "+"Interrupting evalution. Make sure that your "+"dataset can generate at least `batches` "+"batches (in this case, ".concat(r.batches," batches). ")+"You may need to use the repeat() function when building "+"your dataset.")}return[2,"break"]}return[2]}})};y.label=4;case 4:if(!(o?d<r.batches:true))return[3,6];return[5,h()];case 5:v=y.sent();if(v==="break")return[3,6];return[3,4];case 6:for(g=0;g<u.length;++g){m=u[g];u[g]=i.div(u[g],f);i.dispose(m)}return[2,singletonOrArray(u)]}})})}
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function checkBatchSize(e){i.util.assert(e>0&&Number.isInteger(e),function(){return"batchSize is required to be a positive integer, but got ".concat(e)})}function sliceArrays(e,t,r){if(e==null){return[null]}else if(Array.isArray(e)){return e.map(function(e){return sliceAlongFirstAxis(e,t,r-t)})}else{return sliceAlongFirstAxis(e,t,r-t)}}function sliceArraysByIndices(e,t){return i.tidy(function(){if(e==null){return null}else if(Array.isArray(e)){return e.map(function(e){return sliceArraysByIndices(e,t)})}else{return gather$1(e,t.dtype==="int32"?t:i.cast(t,"int32"))}})}function makeBatches(e,t){var r=[];var n=0;var i=null;while(n<e){i=n+t;if(i>=e){i=e}r.push([n,i]);n=i}return r}function ensureTensorsRank2OrHigher(e){var t=[];if(e instanceof n.Tensor){e=[e]}for(var r=0;r<e.length;++r){var i=e[r];if(i.rank===1){t.push(expandDims$1(i,1))}else if(i.rank===0){throw new Error("Expected tensor to be at least 1D, but received a 0D tensor "+"(scalar).")}else{t.push(i)}}return t}function disposeNewTensors(e,t){if(e==null){return}var r=[];if(t instanceof n.Tensor){r.push(t.id)}else if(Array.isArray(t)){t.forEach(function(e){return r.push(e.id)})}else if(t!=null){for(var i in t){var o=t[i];r.push(o.id)}}var s=[];if(e instanceof n.Tensor){if(r.indexOf(e.id)===-1){s.push(e)}}else if(Array.isArray(e)){e.forEach(function(e){if(r.indexOf(e.id)===-1){s.push(e)}})}else if(e!=null){for(var i in e){var u=e[i];if(r.indexOf(u.id)===-1){s.push(u)}}}s.forEach(function(e){if(!e.isDisposed){e.dispose()}})}function isDataTensor(e){return e instanceof n.Tensor}function isDataArray(e){return Array.isArray(e)}function isDataDict(e){return!isDataTensor(e)&&!isDataArray(e)}function standardizeInputData(e,t,r,n,i){var o,s;if(n===void 0){n=true}if(i===void 0){i=""}if(t==null||t.length===0){if(e!=null){var l=false;if(isDataArray(e)&&e.length>0){l=true}else if(isDataDict(e)){for(var c in e){if(e.hasOwnProperty(c)){l=true;break}}}else{l=true}if(l){throw new u("Error when checking model ".concat(i," expected no data, ")+"but got ".concat(e))}}return[]}if(e==null){return t.map(function(e){return null})}var p;if(isDataDict(e)){e=e;p=[];try{for(var f=__values(t),d=f.next();!d.done;d=f.next()){var h=d.value;if(e[h]==null){throw new u('No data provided for "'.concat(h,'". Need data for each key in: ')+"".concat(t))}p.push(e[h])}}catch(e){o={error:e}}finally{try{if(d&&!d.done&&(s=f.return))s.call(f)}finally{if(o)throw o.error}}}else if(isDataArray(e)){e=e;if(e.length!==t.length){throw new u("Error when checking model ".concat(i,": the Array of ")+"Tensors that you are passing to your model is not the size the "+"model expected. Expected to see ".concat(t.length," Tensor(s), but ")+"instead got the following list of Tensor(s): ".concat(e))}p=e}else{e=e;if(t.length>1){throw new u("The model ".concat(i," expects ").concat(t.length," Tensor(s), ")+"but only received one Tensor. Found: Tensor with shape ".concat(e.shape))}p=[e]}p=ensureTensorsRank2OrHigher(p);if(r!=null){for(var v=0;v<t.length;++v){if(r[v]==null){continue}var g=p[v];if(g.shape.length!==r[v].length){throw new u("Error when checking ".concat(i,": expected ").concat(t[v]," ")+"to have ".concat(r[v].length," dimension(s). but got array with ")+"shape ".concat(g.shape))}for(var m=0;m<r[v].length;++m){if(m===0&&!n){continue}var y=g.shape[m];var b=r[v][m];if(b!=null&&b>=0&&y!==b){throw new u("".concat(i," expected a batch of elements where each ")+"example has shape [".concat(r[v].slice(1,r[v].length),"] ")+"(i.e.,tensor shape [*,".concat(r[v].slice(1,r[v].length),"])")+" but the ".concat(i," received an input with ").concat(g.shape[0])+" examples, each with shape [".concat(g.shape.slice(1,g.shape.length),"]")+" (tensor shape [".concat(g.shape,"])"))}}}}return p}function checkArrayLengths(e,t,r){var i=unique(e.map(function(e){return e.shape[0]}));i.sort();var o=unique(t.map(function(e){return e.shape[0]}));o.sort();if(i.length>1){throw new u("All input Tensors (x) should have the same number of samples. "+"Got array shapes: "+"".concat(JSON.stringify(e.map(function(e){return e.shape}))))}if(o.length>1){throw new u("All target Tensors (y) should have the same number of samples. "+"Got array shapes: "+"".concat(JSON.stringify(t.map(function(e){return e.shape}))))}if(i.length>0&&o.length>0&&!n.util.arraysEqual(i,o)){throw new u("Input Tensors should have the same number of samples as target "+"Tensors. Found ".concat(i[0]," input sample(s) and ").concat(o[0]," target ")+"sample(s).")}}function checkLossAndTargetCompatibility(e,t,r){var n=[meanSquaredError$1,binaryCrossentropy$2,categoricalCrossentropy$2];for(var i=0;i<e.length;++i){var o=e[i];var s=t[i];var l=r[i];if(s==null){continue}if(s===categoricalCrossentropy$2){if(o.shape[o.shape.length-1]===1){throw new u("You are passing a target array of shape ".concat(o.shape," while using ")+"a loss 'categorical_crossentropy'. 'categorical_crossentropy'"+"expects targets to be binary matrices (1s and 0s) of shape "+"[samples, classes].")}}if(n.indexOf(s)!==-1){var c=o.shape.slice(1);var p=l.slice(1);for(var f=0;f<c.length;++f){var d=c[f];var h=p[f];if(h!=null&&d!==h){throw new u("A target Tensor with shape ".concat(o.shape," was passed for an ")+"output of shape ".concat(l,", while using a loss function that ")+"expects targets to have the same shape as the output.")}}}}}function checkInputData(e,t,r,n,i){if(n===void 0){n=true}if(i===void 0){i=""}var o;if(Array.isArray(e)){if(e.length!==t.length){throw new u("Error when checking model ".concat(i,": the Array of ")+"Tensors that you are passing to your model is not the size the "+"the model expected. Expected to see ".concat(t.length," Tensor(s),")+" but instead got ".concat(e.length," Tensors(s)."))}o=e}else{if(t.length>1){throw new u("The model expects ".concat(t.length," ").concat(i," Tensors, ")+"but only received one Tensor. Found: array with shape "+"".concat(JSON.stringify(e.shape),"."))}o=[e]}if(r!=null){for(var s=0;s<t.length;++s){if(r[s]==null){continue}var l=o[s];if(l.shape.length!==r[s].length){throw new u("Error when checking ".concat(i,": expected ").concat(t[s]," ")+"to have ".concat(r[s].length," dimension(s), but got array with ")+"shape ".concat(JSON.stringify(l.shape)))}for(var c=0;c<r[s].length;++c){if(c===0&&!n){continue}var p=l.shape[c];var f=r[s][c];if(f!=null){if(f!==p){throw new u("Error when checking ".concat(i,": expected ")+"".concat(t[s]," to have shape ").concat(JSON.stringify(r[s])," but ")+"got array with shape ".concat(JSON.stringify(l.shape),"."))}}}}}}function collectMetrics(e,t){var r,n;if(e==null||Array.isArray(e)&&e.length===0){return t.map(function(e){return[]})}var i;if(typeof e==="string"||typeof e==="function"){i=[e]}else if(Array.isArray(e)||typeof e==="object"){i=e}else{throw new TypeError("Type of metrics argument not understood. Expected an string,"+"function, Array, or Object, found: ".concat(e))}if(Array.isArray(i)){return t.map(function(e){return i})}else{var o=[];try{for(var s=__values(t),u=s.next();!u.done;u=s.next()){var l=u.value;var c=i.hasOwnProperty(l)?i[l]:[];if(!Array.isArray(c)){c=[c]}o.push(c)}}catch(e){r={error:e}}finally{try{if(u&&!u.done&&(n=s.return))n.call(s)}finally{if(r)throw r.error}}return o}}var hu="layers-model";var vu=function(e){__extends(LayersModel,e);function LayersModel(t){var r=e.call(this,t)||this;r.isTraining=false;return r}LayersModel.prototype.summary=function(e,t,r){if(r===void 0){r=console.log}if(!this.built){throw new u("This model has never been called, thus its weights have not been "+"created yet. So no summary can be displayed. Build the model "+"first (e.g., by calling it on some test data).")}printSummary(this,e,t,r)};LayersModel.prototype.compile=function(e){var t,r;var i=this;if(e.loss==null){e.loss=[]}this.loss=e.loss;if(typeof e.optimizer==="string"){this.optimizer_=getOptimizer(e.optimizer);this.isOptimizerOwned=true}else{if(!(e.optimizer instanceof n.Optimizer)){throw new u("User-defined optimizer must be an instance of tf.Optimizer.")}this.optimizer_=e.optimizer;this.isOptimizerOwned=false}var o=[];if(!Array.isArray(e.loss)&&typeof e.loss!=="string"&&typeof e.loss!=="function"){e.loss=e.loss;for(var s in e.loss){if(this.outputNames.indexOf(s)===-1){throw new u('Unknown entry in loss dictionary: "'.concat(s,'". ')+"Only expected the following keys: ".concat(this.outputNames))}}try{for(var l=__values(this.outputNames),c=l.next();!c.done;c=l.next()){var s=c.value;if(e.loss[s]==null){console.warn('Output "'.concat(s,'" is missing from loss dictionary. We assume ')+"this was done on purpose, and we will not be expecting data "+"to be passed to ".concat(s," during training"))}o.push(get$1(e.loss[s]))}}catch(e){t={error:e}}finally{try{if(c&&!c.done&&(r=l.return))r.call(l)}finally{if(t)throw t.error}}}else if(Array.isArray(e.loss)){if(e.loss.length!==this.outputs.length){throw new u("When passing an Array as loss, it should have one entry per "+"model output. The model has ".concat(this.outputs.length," output(s), ")+"but you passed loss=".concat(e.loss,"."))}var p=e.loss;o=p.map(function(e){return get$1(e)})}else{var f=get$1(e.loss);this.outputs.forEach(function(e){o.push(f)})}this.lossFunctions=o;this.feedOutputNames=[];this.feedOutputShapes=[];this.feedLossFns=[];for(var d=0;d<this.outputs.length;++d){var h=this.internalOutputShapes[d];var s=this.outputNames[d];this.feedOutputNames.push(s);this.feedOutputShapes.push(h);this.feedLossFns.push(this.lossFunctions[d])}var v=[];this.metrics=e.metrics;this.metricsNames=["loss"];this.metricsTensors=[];nameScope("loss",function(){for(var e=0;e<i.outputs.length;++e){if(v.indexOf(e)!==-1){continue}var t=i.lossFunctions[e];if(i.outputs.length>1){i.metricsTensors.push([t,e]);i.metricsNames.push(i.outputNames[e]+"_loss")}}});var g=collectMetrics(e.metrics,this.outputNames);var appendMetric=function(e,t,r){if(i.outputNames.length>1){t=i.outputNames[e]+"_"+t}i.metricsNames.push(t);i.metricsTensors.push([r,e])};nameScope("metric",function(){var _loop_1=function(e){if(v.indexOf(e)!==-1){return"continue"}var t=g[e];var handleMetrics=function(t){var r,n;var o="";var s;var u;var l;var _loop_2=function(t){if(typeof t==="string"&&["accuracy","acc","crossentropy","ce"].indexOf(t)!==-1){var r=i.internalOutputShapes[e];if(r[r.length-1]===1||i.lossFunctions[e]===binaryCrossentropy$2){if(["accuracy","acc"].indexOf(t)!==-1){u=binaryAccuracy$1}else if(["crossentropy","ce"].indexOf(t)!==-1){u=binaryCrossentropy$1}}else if(i.lossFunctions[e]===sparseCategoricalCrossentropy$1){if(["accuracy","acc"].indexOf(t)!==-1){u=sparseCategoricalAccuracy$1}else if(["crossentropy","ce"].indexOf(t)!==-1){u=uu}}else{if(["accuracy","acc"].indexOf(t)!==-1){u=categoricalAccuracy$1}else if(["crossentropy","ce"].indexOf(t)!==-1){u=ou}}var n=void 0;if(["accuracy","acc"].indexOf(t)!==-1){n="acc"}else if(["crossentropy","ce"].indexOf(t)!==-1){n="ce"}l=u;s=o+n}else{var c=get(t);l=c;s=o+getLossOrMetricName(t)}var p;nameScope(s,function(){p=l});appendMetric(e,s,p)};try{for(var c=(r=void 0,__values(t)),p=c.next();!p.done;p=c.next()){var f=p.value;_loop_2(f)}}catch(e){r={error:e}}finally{try{if(p&&!p.done&&(n=c.return))n.call(c)}finally{if(r)throw r.error}}};handleMetrics(t)};for(var e=0;e<i.outputs.length;++e){_loop_1(e)}});this.collectedTrainableWeights=this.trainableWeights};LayersModel.prototype.checkTrainableWeightsConsistency=function(){if(this.collectedTrainableWeights==null){return}if(this.trainableWeights.length!==this.collectedTrainableWeights.length){console.warn("Discrepancy between trainableweights and collected trainable "+"weights. Did you set `model.trainable` without calling "+"`model.compile()` afterwards?")}};LayersModel.prototype.evaluate=function(e,t,r){if(r===void 0){r={}}var n=r.batchSize==null?32:r.batchSize;checkBatchSize(n);var i=true;var o=this.standardizeUserDataXY(e,t,i,n);try{var s=o[0].concat(o[1]);this.makeTestFunction();var u=this.testFunction;var l=this.testLoop(u,s,n,r.verbose,r.steps);return singletonOrArray(l)}finally{disposeNewTensors(o[0],e);disposeNewTensors(o[1],t)}};LayersModel.prototype.evaluateDataset=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(r){this.makeTestFunction();return[2,evaluateDataset(this,e,t)]})})};LayersModel.prototype.checkNumSamples=function(e,t,r,n){if(n===void 0){n="steps"}var i;if(r!=null){i=null;if(t!=null){throw new u("If ".concat(n," is set, batchSize must be null or undefined.")+"Got batchSize = ".concat(t))}}else if(e!=null){if(Array.isArray(e)){i=e[0].shape[0]}else{i=e.shape[0]}}else{throw new u("Either the input data should have a defined shape, or "+"".concat(n," shoud be specified."))}return i};LayersModel.prototype.execute=function(e,t){var r,i;if(Array.isArray(t)&&t.length===0){throw new u("`outputs` is an empty Array, which is not allowed.")}var o=Array.isArray(t);var s=o?t:[t];var l=this.retrieveSymbolicTensors(s);var c=new Q;if(e instanceof n.Tensor){e=[e]}if(Array.isArray(e)){if(e.length!==this.inputs.length){throw new u("The number of inputs provided (".concat(e.length,") ")+"does not match the number of inputs of this model "+"(".concat(this.inputs.length,")."))}for(var p=0;p<this.inputs.length;++p){c.add(this.inputs[p],e[p])}}else{try{for(var f=__values(this.inputs),d=f.next();!d.done;d=f.next()){var h=d.value;var v=e[h.name];if(v==null){throw new u("No value is provided for the model's input ".concat(h.name))}c.add(h,v)}}catch(e){r={error:e}}finally{try{if(d&&!d.done&&(i=f.return))i.call(f)}finally{if(r)throw r.error}}}var g=execute(l,c);return o?g:g[0]};LayersModel.prototype.retrieveSymbolicTensors=function(e){var t,r;var n=pyListRepeat(null,e.length);var i=e.length;try{for(var o=__values(this.layers),s=o.next();!s.done;s=o.next()){var l=s.value;var c=Array.isArray(l.output)?l.output:[l.output];var p=c.map(function(e){return e.name});for(var f=0;f<e.length;++f){var d=p.indexOf(e[f]);if(d!==-1){n[f]=c[d];i--}if(i===0){break}}if(i===0){break}}}catch(e){t={error:e}}finally{try{if(s&&!s.done&&(r=o.return))r.call(o)}finally{if(t)throw t.error}}if(i>0){var h=[];n.forEach(function(t,r){if(t==null){h.push(e[r])}});throw new u("Cannot find SymbolicTensors for output name(s): "+"".concat(JSON.stringify(h)))}return n};LayersModel.prototype.predictLoop=function(e,t,r){var n=this;if(t===void 0){t=32}if(r===void 0){r=false}return i.tidy(function(){var o=n.checkNumSamples(e);if(r){throw new l("Verbose predictLoop() is not implemented yet.")}var s=makeBatches(o,t);var u=n.outputs.map(function(e){return[]});var _loop_3=function(t){var r=i.tidy(function(){var r=s[t][0];var i=s[t][1];var o=sliceArrays(e,r,i);var u=[];if(Array.isArray(o)){for(var l=0;l<o.length;++l){u.push({key:n.inputs[l],value:o[l]})}}else{u.push({key:n.inputs[0],value:o})}var c=new Q(u);return execute(n.outputs,c)});r.forEach(function(e,t){return u[t].push(e)})};for(var c=0;c<s.length;++c){_loop_3(c)}return singletonOrArray(u.map(function(e){return i.concat(e,0)}))})};LayersModel.prototype.predict=function(e,t){if(t===void 0){t={}}var r=ensureTensorsRank2OrHigher(e);checkInputData(r,this.inputNames,this.feedInputShapes,false);try{var n=t.batchSize==null?32:t.batchSize;checkBatchSize(n);return this.predictLoop(r,n)}finally{disposeNewTensors(r,e)}};LayersModel.prototype.predictOnBatch=function(e){checkInputData(e,this.inputNames,this.feedInputShapes,true);var t=(Array.isArray(e)?e[0]:e).shape[0];return this.predictLoop(e,t)};LayersModel.prototype.standardizeUserDataXY=function(e,t,r,n){if(this.optimizer_==null){throw new s("You must compile a model before training/testing. Use "+"LayersModel.compile(modelCompileArgs).")}var i=[];for(var o=0;o<this.feedOutputShapes.length;++o){var l=this.feedOutputShapes[o];var c=this.feedLossFns[o];if(c===sparseCategoricalCrossentropy$1){i.push(l.slice(0,l.length-1).concat([1]))}else{i.push(l)}}e=standardizeInputData(e,this.feedInputNames,this.feedInputShapes,false,"input");t=standardizeInputData(t,this.feedOutputNames,i,false,"target");checkArrayLengths(e,t);checkLossAndTargetCompatibility(t,this.feedLossFns,this.feedOutputShapes);if(this.stateful&&n!=null&&n>0){if(e[0].shape[0]%n!==0){throw new u("In a stateful network, you should only pass inputs with a "+"number of samples that is divisible by the batch size "+"".concat(n,". Found: ").concat(e[0].shape[0]," sample(s)."))}}return[e,t]};LayersModel.prototype.standardizeUserData=function(e,t,r,n,i,o){if(i===void 0){i=true}return __awaiter(this,void 0,void 0,function(){var s,u,l,c,p,f,d,h;return __generator(this,function(v){switch(v.label){case 0:s=__read(this.standardizeUserDataXY(e,t,i,o),2),u=s[0],l=s[1];if(r!=null){throw new Error("sample weight is not supported yet.")}c=null;if(!(n!=null))return[3,4];p=standardizeClassWeights(n,this.outputNames);c=[];f=0;v.label=1;case 1:if(!(f<p.length))return[3,4];h=(d=c).push;return[4,standardizeWeights(l[f],null,p[f])];case 2:h.apply(d,[v.sent()]);v.label=3;case 3:++f;return[3,1];case 4:return[2,[u,l,c]]}})})};LayersModel.prototype.testLoop=function(e,t,r,o,s){var u=this;if(o===void 0){o=0}return i.tidy(function(){var c=u.checkNumSamples(t,r,s,"steps");var p=[];if(o>0){throw new l("Verbose mode is not implemented yet.")}if(s!=null){throw new l("steps mode in testLoop() is not implemented yet")}else{var f=makeBatches(c,r);var d=n.tensor1d(range(0,c));for(var h=0;h<f.length;++h){var v=f[h][0];var g=f[h][1];var m=sliceAlongFirstAxis(d,v,g-v);var y=sliceArraysByIndices(t,m);var b=e(y);if(h===0){for(var k=0;k<b.length;++k){p.push(n.scalar(0))}}for(var k=0;k<b.length;++k){var w=b[k];p[k]=i.add(p[k],i.mul(g-v,w))}}for(var k=0;k<p.length;++k){p[k]=i.div(p[k],c)}}return p})};LayersModel.prototype.getDedupedMetricsNames=function(){var e=this.metricsNames;var t=[];for(var r=0;r<e.length;++r){var n=e[r];var i=n;if(count(e,n)>1){var o=count(e.slice(0,r),n);i+="_".concat(o)}t.push(i)}return t};LayersModel.prototype.makeTrainFunction=function(){var e=this;return function(t){var r=[];var n=t.slice(0,e.inputs.length);var o=t.slice(e.inputs.length,e.inputs.length+e.outputs.length);var s=t.slice(e.inputs.length+e.outputs.length,e.inputs.length+e.outputs.length*2);var u=[];var totalLossFunction=function(){var t=[];for(var l=0;l<e.inputs.length;++l){t.push({key:e.inputs[l],value:n[l]})}var c=new Q(t);var p=execute(e.outputs,c,{training:true});var f;for(var l=0;l<e.lossFunctions.length;++l){var d=e.lossFunctions[l];var h=d(o[l],p[l]);if(s[l]!=null){h=computeWeightedLoss(h,s[l])}var v=i.mean(h);r.push(v);if(l===0){f=h}else{f=i.add(f,h)}}for(var l=0;l<e.metricsTensors.length;++l){var g=void 0;if(e.outputs.length>1&&l<e.outputs.length){g=r[l]}else{var m=e.metricsTensors[l][0];var y=e.metricsTensors[l][1];g=i.mean(m(o[y],p[y]))}i.keep(g);u.push(g)}f=i.mean(f);e.calculateLosses().forEach(function(e){f=i.add(f,e)});return f};var l=e.collectedTrainableWeights.map(function(e){return e.read()});var c=true;var p=e.optimizer_.minimize(totalLossFunction,c,l);return[p].concat(u)}};LayersModel.prototype.makeTestFunction=function(){var e=this;this.testFunction=function(t){return i.tidy(function(){var r=[];var n;var o=t.slice(0,e.inputs.length);var s=t.slice(e.inputs.length,e.inputs.length+e.outputs.length);var u=[];for(var l=0;l<e.inputs.length;++l){u.push({key:e.inputs[l],value:o[l]})}var c=new Q(u);var p=execute(e.outputs,c);for(var l=0;l<e.lossFunctions.length;++l){var f=e.lossFunctions[l];var d=i.mean(f(s[l],p[l]));if(l===0){n=d}else{n=i.add(n,d)}r.push(n)}for(var l=0;l<e.metricsTensors.length;++l){var h=e.metricsTensors[l][0];var v=e.metricsTensors[l][1];var g=i.mean(h(s[v],p[v]));r.push(g)}return r})}};LayersModel.prototype.fit=function(e,t,r){if(r===void 0){r={}}return __awaiter(this,void 0,void 0,function(){var n,o,s,c,p,f,d,h,v,g,m,y,b,k,w,_,x,S,I,N,T,A,C,z,D;return __generator(this,function(E){switch(E.label){case 0:if(this.isTraining){throw new Error("Cannot start training because another fit() call is ongoing.")}this.isTraining=true;E.label=1;case 1:E.trys.push([1,,7,8]);g=r.batchSize==null?32:r.batchSize;checkBatchSize(g);m=false;return[4,this.standardizeUserData(e,t,r.sampleWeight,r.classWeight,m,g)];case 2:y=E.sent();n=y[0];o=y[1];v=y[2];b=false;k=void 0;if(!(r.validationData!=null&&r.validationData.length>0))return[3,4];b=true;if(r.validationData.length===2){p=r.validationData[0];f=r.validationData[1]}else if(r.validationData.length===3){throw new l("validationData including sample weights is not supported yet.")}else{throw new u("When passing validation data, it must contain 2 (valX, valY) "+"or 3 (valX, valY, valSampleWeight) items; "+"".concat(r.validationData," is invalid."))}w=true;return[4,this.standardizeUserData(p,f,null,null,w,g)];case 3:_=E.sent();d=_[0];h=_[1];k=d.concat(h);return[3,5];case 4:if(r.validationSplit!=null&&r.validationSplit>0&&r.validationSplit<1){b=true;x=Math.floor(n[0].shape[0]*(1-r.validationSplit));S=n[0].shape[0];d=sliceArrays(n,x,S);s=n;n=sliceArrays(n,0,x);h=sliceArrays(o,x,S);c=o;o=sliceArrays(o,0,x);k=d.concat(h)}else if(r.validationSteps!=null){b=true}E.label=5;case 5:I=n.concat(o).concat(v);this.checkTrainableWeightsConsistency();N=this.makeTrainFunction();T=this.getDedupedMetricsNames();A=void 0;C=void 0;if(b){this.makeTestFunction();A=this.testFunction;C=T.slice().concat(T.map(function(e){return"val_"+e}))}else{A=null;k=[];C=T.slice()}z=standardizeCallbacks(r.callbacks,r.yieldEvery);return[4,this.fitLoop(N,I,T,g,r.epochs,r.verbose,z,A,k,r.shuffle,C,r.initialEpoch,null,null)];case 6:D=E.sent();return[2,D];case 7:this.isTraining=false;disposeNewTensors(n,e);disposeNewTensors(o,t);disposeNewTensors(s,e);disposeNewTensors(c,t);disposeNewTensors(d,p);disposeNewTensors(h,f);if(v!=null){i.dispose(v)}return[7];case 8:return[2]}})})};LayersModel.prototype.fitLoop=function(e,t,r,o,s,c,p,f,d,h,v,g,m,y){return __awaiter(this,void 0,void 0,function(){var b,k,w,_,x,S,I,N,T,A;var C=this;return __generator(this,function(z){switch(z.label){case 0:if(o==null){o=32}if(s==null){s=1}if(h==null){h=true}if(g==null){g=0}b=false;if(f!=null&&d!=null){b=true}if(y!=null){b=true;if(m==null){throw new u("Can only use `validationSteps` when doing step-wise training, "+"i.e., `stepsPerEpoch` must be set.")}}k=this.checkNumSamples(t,o,m,"steps_per_epoch");if(k!=null){w=range(0,k)}if(c==null){c=1}_=configureCallbacks(p,c,s,g,k,m,o,b,v),x=_.callbackList,S=_.history;x.setModel(this);this.history=S;return[4,x.onTrainBegin()];case 1:z.sent();this.stopTraining_=false;I=function(s){var u,c,p,v,g,y;return __generator(this,function(_){switch(_.label){case 0:return[4,x.onEpochBegin(s)];case 1:_.sent();u={};if(!(m!=null))return[3,2];throw new l("stepsPerEpoch mode is not implemented yet.");case 2:if(h==="batch"){throw new l("batch shuffling is not implemneted"+" yet")}else if(h){n.util.shuffle(w)}c=n.tensor1d(w);p=makeBatches(k,o);v=function(n){var s;return __generator(this,function(l){switch(l.label){case 0:s={};return[4,x.onBatchBegin(n,s)];case 1:l.sent();i.tidy(function(){var l=p[n][0];var h=p[n][1];var v=sliceAlongFirstAxis(c,l,h-l);s["batch"]=n;s["size"]=h-l;var g=sliceArraysByIndices(t,v);var m=e(g);for(var y=0;y<r.length;++y){var k=r[y];var w=m[y];s[k]=w;i.keep(w)}if(n===p.length-1){if(b){var _=C.testLoop(f,d,o);for(var y=0;y<r.length;++y){var k=r[y];var w=_[y];i.keep(w);u["val_"+k]=w}}}});return[4,x.onBatchEnd(n,s)];case 2:l.sent();disposeTensorsInLogs(s);if(N.stopTraining_){return[2,"break"]}return[2]}})};g=0;_.label=3;case 3:if(!(g<p.length))return[3,6];return[5,v(g)];case 4:y=_.sent();if(y==="break")return[3,6];_.label=5;case 5:++g;return[3,3];case 6:c.dispose();_.label=7;case 7:return[4,x.onEpochEnd(s,u)];case 8:_.sent();if(N.stopTraining_){return[2,"break"]}return[2]}})};N=this;T=g;z.label=2;case 2:if(!(T<s))return[3,5];return[5,I(T)];case 3:A=z.sent();if(A==="break")return[3,5];z.label=4;case 4:++T;return[3,2];case 5:return[4,x.onTrainEnd()];case 6:z.sent();return[4,this.history.syncData()];case 7:z.sent();return[2,this.history]}})})};LayersModel.prototype.fitDataset=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(r){return[2,fitDataset(this,e,t)]})})};LayersModel.prototype.trainOnBatch=function(e,t){return __awaiter(this,void 0,void 0,function(){var r,n,o,s,u,l,c,p,f,d,h;var v,g;return __generator(this,function(m){switch(m.label){case 0:return[4,this.standardizeUserData(e,t)];case 1:r=m.sent();n=r[0];o=r[1];s=this.makeTrainFunction();u=s(n.concat(o));l=[];m.label=2;case 2:m.trys.push([2,7,8,9]);c=__values(u),p=c.next();m.label=3;case 3:if(!!p.done)return[3,6];f=p.value;return[4,f.data()];case 4:d=m.sent();l.push(d[0]);m.label=5;case 5:p=c.next();return[3,3];case 6:return[3,9];case 7:h=m.sent();v={error:h};return[3,9];case 8:try{if(p&&!p.done&&(g=c.return))g.call(c)}finally{if(v)throw v.error}return[7];case 9:i.dispose(u);disposeNewTensors(r[0],e);disposeNewTensors(r[1],t);return[2,singletonOrArray(l)]}})})};LayersModel.prototype.getNamedWeights=function(e){var t=[];var r=e!=null&&e.trainableOnly;var n=r?this.trainableWeights:this.weights;var i=this.getWeights(r);for(var o=0;o<n.length;++o){if(r&&!n[o].trainable){continue}t.push({name:n[o].originalName,tensor:i[o]})}return t};Object.defineProperty(LayersModel.prototype,"stopTraining",{get:function(){return this.stopTraining_},set:function(e){this.stopTraining_=e},enumerable:false,configurable:true});Object.defineProperty(LayersModel.prototype,"optimizer",{get:function(){return this.optimizer_},set:function(e){if(this.optimizer_!==e){this.optimizer_=e;this.isOptimizerOwned=false}},enumerable:false,configurable:true});LayersModel.prototype.dispose=function(){var t=e.prototype.dispose.call(this);if(t.refCountAfterDispose===0&&this.optimizer!=null&&this.isOptimizerOwned){var r=i.memory().numTensors;this.optimizer_.dispose();t.numDisposedVariables+=r-i.memory().numTensors}return t};LayersModel.prototype.getLossIdentifiers=function(){var e,t,r,n;var i;if(typeof this.loss==="string"){i=toSnakeCase(this.loss)}else if(Array.isArray(this.loss)){try{for(var o=__values(this.loss),s=o.next();!s.done;s=o.next()){var u=s.value;if(typeof u!=="string"){throw new Error("Serialization of non-string loss is not supported.")}}}catch(t){e={error:t}}finally{try{if(s&&!s.done&&(t=o.return))t.call(o)}finally{if(e)throw e.error}}i=this.loss.map(function(e){return toSnakeCase(e)})}else{var l=Object.keys(this.loss);i={};var c=this.loss;try{for(var p=__values(l),f=p.next();!f.done;f=p.next()){var d=f.value;if(typeof c[d]==="string"){i[d]=toSnakeCase(c[d])}else{throw new Error("Serialization of non-string loss is not supported.")}}}catch(e){r={error:e}}finally{try{if(f&&!f.done&&(n=p.return))n.call(p)}finally{if(r)throw r.error}}}return i};LayersModel.prototype.getMetricIdentifiers=function(){if(typeof this.metrics==="string"||typeof this.metrics==="function"){return[toSnakeCase(getLossOrMetricName(this.metrics))]}else if(Array.isArray(this.metrics)){return this.metrics.map(function(e){return toSnakeCase(getLossOrMetricName(e))})}else{var e={};for(var t in this.metrics){e[t]=toSnakeCase(getLossOrMetricName(this.metrics[t]))}return e}};LayersModel.prototype.getTrainingConfig=function(){return{loss:this.getLossIdentifiers(),metrics:this.getMetricIdentifiers(),optimizer_config:{class_name:this.optimizer.getClassName(),config:this.optimizer.getConfig()}}};LayersModel.prototype.loadTrainingConfig=function(e){if(e.weighted_metrics!=null){throw new Error("Loading weight_metrics is not supported yet.")}if(e.loss_weights!=null){throw new Error("Loading loss_weights is not supported yet.")}if(e.sample_weight_mode!=null){throw new Error("Loading sample_weight_mode is not supported yet.")}var t=convertPythonicToTs(e.optimizer_config);var r=deserialize(t);var n;if(typeof e.loss==="string"){n=toCamelCase(e.loss)}else if(Array.isArray(e.loss)){n=e.loss.map(function(e){return toCamelCase(e)})}else if(e.loss!=null){n={};for(var i in e.loss){n[i]=toCamelCase(e.loss[i])}}var o;if(Array.isArray(e.metrics)){o=e.metrics.map(function(e){return toCamelCase(e)})}else if(e.metrics!=null){o={};for(var i in e.metrics){o[i]=toCamelCase(e.metrics[i])}}this.compile({loss:n,metrics:o,optimizer:r})};LayersModel.prototype.save=function(e,t){return __awaiter(this,void 0,void 0,function(){var r,i,o,s,l,c,p,f,d,h,v,g,m,y;var b;return __generator(this,function(k){switch(k.label){case 0:if(typeof e==="string"){r=n.io.getSaveHandlers(e);if(r.length===0){throw new u("Cannot find any save handlers for URL '".concat(e,"'"))}else if(r.length>1){throw new u("Found more than one (".concat(r.length,") save handlers for ")+"URL '".concat(e,"'"))}e=r[0]}if(e.save==null){throw new u("LayersModel.save() cannot proceed because the IOHandler "+"provided does not have the `save` attribute defined.")}return[4,n.io.encodeWeights(this.getNamedWeights(t))];case 1:i=k.sent();o=false;s=null;l=this.toJSON(s,o);c={modelTopology:l,format:hu,generatedBy:"TensorFlow.js tfjs-layers v".concat(pu),convertedBy:null};p=t==null?false:t.includeOptimizer;if(!(p&&this.optimizer!=null))return[3,4];c.trainingConfig=this.getTrainingConfig();f="optimizer";m=(g=n.io).encodeWeights;return[4,this.optimizer.getWeights()];case 2:return[4,m.apply(g,[k.sent(),f])];case 3:d=k.sent(),h=d.data,v=d.specs;(b=i.specs).push.apply(b,__spreadArray([],__read(v),false));i.data=n.io.concatenateArrayBuffers([i.data,h]);k.label=4;case 4:if(this.userDefinedMetadata!=null){y=true;checkUserDefinedMetadata(this.userDefinedMetadata,this.name,y);c.userDefinedMetadata=this.userDefinedMetadata}c.weightData=i.data;c.weightSpecs=i.specs;return[2,e.save(c)]}})})};LayersModel.prototype.setUserDefinedMetadata=function(e){checkUserDefinedMetadata(e,this.name);this.userDefinedMetadata=e};LayersModel.prototype.getUserDefinedMetadata=function(){return this.userDefinedMetadata};return LayersModel}(fu);vu.className="Model";n.serialization.registerClass(vu);var gu=function(e){__extends(Functional,e);function Functional(){return e!==null&&e.apply(this,arguments)||this}return Functional}(vu);gu.className="Functional";n.serialization.registerClass(gu);function modelFromJSON(e,t){return __awaiter(this,void 0,void 0,function(){var r,i,o,s,u,l,c,p;var f,d;return __generator(this,function(h){switch(h.label){case 0:if(!("modelTopology"in e)){e={modelTopology:e}}e=e;r=e.modelTopology;if(r["model_config"]!=null){r=r["model_config"]}i=convertPythonicToTs(r);o=deserialize(i,t);if(!(e.weightsManifest!=null))return[3,2];return[4,n.io.loadWeights(e.weightsManifest,e.pathPrefix,o.weights.map(function(e){return e.originalName}))];case 1:s=h.sent();u={};try{for(l=__values(o.weights),c=l.next();!c.done;c=l.next()){p=c.value;u[p.originalName]=s[p.originalName]}}catch(e){f={error:e}}finally{try{if(c&&!c.done&&(d=l.return))d.call(l)}finally{if(f)throw f.error}}o.loadWeights(u);n.dispose(s);h.label=2;case 2:return[2,o]}})})}function loadLayersModel(e,t){return __awaiter(this,void 0,void 0,function(){var r;return __generator(this,function(i){if(t==null){t={}}if(typeof e==="string"){r=n.io.getLoadHandlers(e,t);if(r.length===0){r.push(n.io.browserHTTPRequest(e,t))}else if(r.length>1){throw new u("Found more than one (".concat(r.length,") load handlers for ")+"URL '".concat(e,"'"))}e=r[0]}return[2,loadLayersModelFromIOHandler(e,undefined,t)]})})}function loadLayersModelFromIOHandler(e,t,r){return __awaiter(this,void 0,void 0,function(){var i,o,s,l,c,p,f,d,h;return __generator(this,function(v){switch(v.label){case 0:if(r==null){r={}}if(e.load==null){throw new u("Cannot proceed with model loading because the IOHandler provided "+"does not have the `load` method implemented.")}return[4,e.load()];case 1:i=v.sent();o=i.modelTopology;if(o["model_config"]!=null){o=o["model_config"]}s=r.strict==null?true:r.strict;l=i.weightData!=null&&i.weightSpecs!=null&&s;c=deserialize(convertPythonicToTs(o),t,l);p=i.trainingConfig;if(p!=null){c.loadTrainingConfig(p)}if(i.userDefinedMetadata!=null){c.setUserDefinedMetadata(i.userDefinedMetadata)}if(!(i.weightData!=null))return[3,4];if(i.weightSpecs==null){throw new u("LayersModel artifacts contains weight data, but not weight specs. "+"Therefore loading of weights cannot proceed.")}f=decodeModelAndOptimizerWeights(i.weightData,i.weightSpecs),d=f.modelWeights,h=f.optimizerWeights;c.loadWeights(d,s);if(!(c.optimizer!=null&&h.length>0))return[3,3];return[4,c.optimizer.setWeights(h)];case 2:v.sent();v.label=3;case 3:n.dispose(d);n.dispose(h.map(function(e){return e.tensor}));v.label=4;case 4:return[2,c]}})})}function decodeModelAndOptimizerWeights(e,t){var r=n.io.decodeWeights(e,t);var i={};var o=[];t.forEach(function(e){if(e.group==="optimizer"){o.push({name:e.name,tensor:r[e.name]})}else{i[e.name]=r[e.name]}});return{modelWeights:i,optimizerWeights:o}}var mu=function(e){__extends(Sequential,e);function Sequential(t){var r,n;var i=e.call(this,{inputs:[],outputs:[]})||this;t=t||{};i.trainable=true;i.built=false;i.name=t.name!=null?t.name:getUid("sequential_");if(t.layers!=null){try{for(var o=__values(t.layers),s=o.next();!s.done;s=o.next()){var u=s.value;i.add(u)}}catch(e){r={error:e}}finally{try{if(s&&!s.done&&(n=o.return))n.call(o)}finally{if(r)throw r.error}}}return i}Sequential.prototype.checkShape=function(e){var t=e.inboundNodes[0].outputTensors[0].shape;if(t.some(function(e){return e<0})){throw new u("Negative dimension size caused by adding layer "+"".concat(e.name," with input shape [")+"".concat(e.inboundNodes[0].inputTensors[0].shape,"]"))}};Sequential.prototype.add=function(e){var t=e instanceof Sequential||e instanceof vu;var r;if(t){r=e;if(r.outputs.length!==1){throw new u("All layers in a Sequential model "+"should have a single output tensor. "+"For multi-output layers, "+"use the functional API.")}if(r.inputs.length!==1){throw new u("All layers in a Sequential model "+"should have a single input tensor. "+"For multi-input layers, "+"use the functional API.")}}if(this.outputs.length===0){if(e.inboundNodes.length===0){if(e.batchInputShape==null){throw new u("The first layer in a Sequential model must "+"get an `inputShape` or `batchInputShape` argument.")}var n=Input({batchShape:e.batchInputShape,dtype:e.dtype,name:e.name+"_input"});e.apply(n)}if(t){this.outputs=r.outputs;this.inputs=r.inputs}else{if(e.inboundNodes.length!==1){throw new u("A layer added to a Sequential model must not already be "+"connected somewhere else. LayersModel received layer ".concat(e.name," ")+"which has ".concat(e.inboundNodes.length," pre-existing inbound ")+"connections.")}if(e.inboundNodes[0].outputTensors.length!==1){throw new u("All layers in a Sequential model "+"should have a single output tensor. "+"For multi-output layers, "+"use the functional API.")}this.checkShape(e);this.outputs=[e.inboundNodes[0].outputTensors[0]];this.inputs=getSourceInputs(this.outputs[0])}this.inboundNodes=[];new J({outboundLayer:this,inboundLayers:[],nodeIndices:[],tensorIndices:[],inputTensors:this.inputs,outputTensors:this.outputs,inputMasks:pyListRepeat(null,this.inputs.length),outputMasks:[null],inputShapes:this.inputs.map(function(e){return e.shape}),outputShapes:this.outputs[0].shape})}else{var i=e.apply(this.outputs[0]);if(Array.isArray(i)){throw new TypeError("All layers in a Sequential model "+"should have a single output tensor. "+"For multi-output layers, "+"use the functional API.")}this.checkShape(e);this.outputs=[i];this.inboundNodes[0].outputTensors=this.outputs;this.inboundNodes[0].outputShapes=[this.outputs[0].shape]}this.layers.push(e);this.built=false};Sequential.prototype.pop=function(){if(this.layers.length===0){throw new TypeError("There are no layers in the model.")}this.layers.pop();if(this.layers.length===0){this.outputs=[];this.inboundNodes=[];this.outboundNodes=[]}else{var e=this.layers.length-1;this.layers[e].outboundNodes=[];this.outputs=[this.layers[e].output];this.inboundNodes[0].outputTensors=this.outputs;this.inboundNodes[0].outputShapes=[this.outputs[0].shape]}};Sequential.prototype.call=function(e,t){if(this.model==null){this.build()}return this.model.call(e,t)};Sequential.prototype.build=function(e){getExactlyOneShape(e);if(this.inputs.length===0||this.outputs.length===0){throw new TypeError("Sequential model cannot be built: model is empty."+" Add some layers first.")}this.model=new vu({inputs:this.inputs,outputs:this.outputs[0],name:this.name+"_model"});this.model.trainable=this.trainable;this.supportsMasking=this.model.supportsMasking;this.inputLayers=this.model.inputLayers;this.inputLayersNodeIndices=this.model.inputLayersNodeIndices;this.inputLayersTensorIndices=this.model.inputLayersTensorIndices;this.outputLayers=this.model.outputLayers;this.outputLayersNodeIndices=this.model.outputLayersNodeIndices;this.outputLayersTensorIndices=this.model.outputLayersTensorIndices;this.nodesByDepth=this.model.nodesByDepth;this.containerNodes=this.model.containerNodes;this.outputNames=this.model.outputNames;this.inputNames=this.model.inputNames;this.built=true};Sequential.prototype.countParams=function(){if(!this.built){this.build()}return e.prototype.countParams.call(this)};Sequential.prototype.summary=function(t,r,n){if(n===void 0){n=console.log}if(!this.built){this.build()}e.prototype.summary.call(this,t,r,n)};Sequential.prototype.setWeights=function(e){if(this.model==null){this.build()}this.model.setWeights(e)};Sequential.prototype.evaluate=function(e,t,r){if(r===void 0){r={}}if(!this.built){throw new s("The model needs to be compiled before being used.")}return this.model.evaluate(e,t,r)};Sequential.prototype.evaluateDataset=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(r){if(!this.built){throw new s("The model needs to be compiled before being used.")}return[2,this.model.evaluateDataset(e,t)]})})};Sequential.prototype.predict=function(e,t){if(t===void 0){t={}}if(this.model==null){this.build()}return this.model.predict(e,t)};Sequential.prototype.predictOnBatch=function(e){if(this.model==null){this.build()}return this.model.predictOnBatch(e)};Sequential.prototype.compile=function(e){this.build();this.model.compile(e);this.optimizer_=this.model.optimizer;this.isOptimizerOwned=this.model.isOptimizerOwned;this.loss=this.model.loss;this.metrics=this.model.metrics;this.metricsTensors=this.model.metricsTensors;this.metricsNames=this.model.metricsNames};Object.defineProperty(Sequential.prototype,"optimizer",{get:function(){return this.model==null?undefined:this.model.optimizer},set:function(e){this.model.optimizer=e},enumerable:false,configurable:true});Sequential.prototype.fit=function(e,t,r){if(r===void 0){r={}}return __awaiter(this,void 0,void 0,function(){return __generator(this,function(n){if(!this.built){throw new s("The model needs to be compiled before "+"being used.")}return[2,this.model.fit(e,t,r)]})})};Sequential.prototype.fitDataset=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(r){if(!this.built){throw new s("The model needs to be compiled before "+"being used.")}return[2,this.model.fitDataset(e,t)]})})};Sequential.prototype.trainOnBatch=function(e,t){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(r){return[2,this.model.trainOnBatch(e,t)]})})};Sequential.fromConfig=function(e,t,r,i){var o,s;if(i===void 0){i=false}var c;var p={};if(t instanceof Array){if(!(t[0].className!=null)||t[0]["className"]==="Merge"){throw new u("Legacy serialization format not supported yet.")}c=t}else{n.util.assert(t["layers"]!=null,function(){return"When the config data for a Sequential model is not an Array, "+"it must be an Object that contains the 'layers' field."});c=t["layers"];delete t["layers"];p=t}var f=new e(p);if(!(f instanceof Sequential)){throw new l("Sequential.fromConfig called on non-Sequential input: ".concat(f))}try{for(var d=__values(c),h=d.next();!h.done;h=d.next()){var v=h.value;var g=undefined;var m=deserialize(v,g,i);if(i){m.setFastWeightInitDuringBuild(true)}f.add(m)}}catch(e){o={error:e}}finally{try{if(h&&!h.done&&(s=d.return))s.call(d)}finally{if(o)throw o.error}}return f};Object.defineProperty(Sequential.prototype,"stopTraining",{get:function(){if(this.model==null){throw new u("Cannot get the stopTraining property of a sequential model before "+"it is compiled.")}return this.model.stopTraining},set:function(e){if(this.model==null){throw new u("Cannot set the stopTraining property of a sequential model before "+"it is compiled.")}this.model.stopTraining=e},enumerable:false,configurable:true});Sequential.prototype.getConfig=function(){var e,t;var r=[];try{for(var n=__values(this.layers),i=n.next();!i.done;i=n.next()){var o=i.value;var s={};s["className"]=o.getClassName();s["config"]=o.getConfig();r.push(s)}}catch(t){e={error:t}}finally{try{if(i&&!i.done&&(t=n.return))t.call(n)}finally{if(e)throw e.error}}return{name:this.name,layers:r}};return Sequential}(vu);mu.className="Sequential";n.serialization.registerClass(mu);
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function model(e){return new vu(e)}function sequential(e){return new mu(e)}function input(e){return Input(e)}function registerCallbackConstructor(e,t){Ys.registerCallbackConstructor(e,t)}var yu=function(e){__extends(Activation,e);function Activation(){return e!==null&&e.apply(this,arguments)||this}Activation.prototype.getConfig=function(){return{}};return Activation}(n.serialization.Serializable);var bu=function(e){__extends(Elu,e);function Elu(){return e!==null&&e.apply(this,arguments)||this}Elu.prototype.apply=function(e,t){if(t===void 0){t=1}return elu$1(e,t)};return Elu}(yu);bu.className="elu";n.serialization.registerClass(bu);var ku=function(e){__extends(Selu,e);function Selu(){return e!==null&&e.apply(this,arguments)||this}Selu.prototype.apply=function(e){return i.selu(e)};return Selu}(yu);ku.className="selu";n.serialization.registerClass(ku);var wu=function(e){__extends(Relu,e);function Relu(){return e!==null&&e.apply(this,arguments)||this}Relu.prototype.apply=function(e){return i.relu(e)};return Relu}(yu);wu.className="relu";n.serialization.registerClass(wu);var _u=function(e){__extends(Relu6,e);function Relu6(){return e!==null&&e.apply(this,arguments)||this}Relu6.prototype.apply=function(e){return n.tidy(function(){return i.minimum(6,i.relu(e))})};return Relu6}(yu);_u.className="relu6";n.serialization.registerClass(_u);var xu=function(e){__extends(Linear,e);function Linear(){return e!==null&&e.apply(this,arguments)||this}Linear.prototype.apply=function(e){return e};return Linear}(yu);xu.className="linear";n.serialization.registerClass(xu);var Su=function(e){__extends(Sigmoid,e);function Sigmoid(){return e!==null&&e.apply(this,arguments)||this}Sigmoid.prototype.apply=function(e){return i.sigmoid(e)};return Sigmoid}(yu);Su.className="sigmoid";n.serialization.registerClass(Su);var Iu=function(e){__extends(HardSigmoid,e);function HardSigmoid(){return e!==null&&e.apply(this,arguments)||this}HardSigmoid.prototype.apply=function(e){return hardSigmoid(e)};return HardSigmoid}(yu);Iu.className="hardSigmoid";n.serialization.registerClass(Iu);var Nu=function(e){__extends(Softplus,e);function Softplus(){return e!==null&&e.apply(this,arguments)||this}Softplus.prototype.apply=function(e){return i.softplus(e)};return Softplus}(yu);Nu.className="softplus";n.serialization.registerClass(Nu);var Tu=function(e){__extends(Softsign,e);function Softsign(){return e!==null&&e.apply(this,arguments)||this}Softsign.prototype.apply=function(e){return softsign(e)};return Softsign}(yu);Tu.className="softsign";n.serialization.registerClass(Tu);var Au=function(e){__extends(Tanh,e);function Tanh(){return e!==null&&e.apply(this,arguments)||this}Tanh.prototype.apply=function(e){return i.tanh(e)};return Tanh}(yu);Au.className="tanh";n.serialization.registerClass(Au);var Cu=function(e){__extends(Softmax,e);function Softmax(){return e!==null&&e.apply(this,arguments)||this}Softmax.prototype.apply=function(e,t){if(t===void 0){t=-1}return i.softmax(e,t)};return Softmax}(yu);Cu.className="softmax";n.serialization.registerClass(Cu);var zu=function(e){__extends(LogSoftmax,e);function LogSoftmax(){return e!==null&&e.apply(this,arguments)||this}LogSoftmax.prototype.apply=function(e,t){if(t===void 0){t=-1}return i.logSoftmax(e,t)};return LogSoftmax}(yu);zu.className="logSoftmax";n.serialization.registerClass(zu);var Du=function(e){__extends(Gelu,e);function Gelu(){return e!==null&&e.apply(this,arguments)||this}Gelu.prototype.apply=function(e){return n.tidy(function(){return i.tidy(function(){var t=Math.sqrt(2);var r=i.mul(.5,i.add(1,i.erf(i.div(e,t))));return i.mul(e,r)})})};return Gelu}(yu);Du.className="gelu";n.serialization.registerClass(Du);var Eu=function(e){__extends(GeluNew,e);function GeluNew(){return e!==null&&e.apply(this,arguments)||this}GeluNew.prototype.apply=function(e){return n.tidy(function(){return i.mul(.5,i.mul(e,i.add(1,i.tanh(i.mul(i.sqrt(i.div(2,Math.PI)),i.add(e,i.mul(.044715,i.pow(e,3))))))))})};return GeluNew}(yu);Eu.className="gelu_new";n.serialization.registerClass(Eu);var Fu=function(e){__extends(Mish,e);function Mish(){return e!==null&&e.apply(this,arguments)||this}Mish.prototype.apply=function(e){return n.tidy(function(){return i.mul(e,i.tanh(i.softplus(e)))})};return Mish}(yu);Fu.className="mish";n.serialization.registerClass(Fu);var Mu=function(e){__extends(Swish,e);function Swish(){return e!==null&&e.apply(this,arguments)||this}Swish.prototype.apply=function(e,t){if(t===void 0){t=1}return n.tidy(function(){return i.mul(i.sigmoid(i.mul(e,t)),e)})};return Swish}(yu);Mu.className="swish";n.serialization.registerClass(Mu);function serializeActivation(e){return e.getClassName()}function deserializeActivation(e,t){if(t===void 0){t={}}return deserializeKerasObject(e,n.serialization.SerializationMap.getMap().classNameMap,t,"activation")}function getActivation(e){if(e==null){var t={};t["className"]="linear";t["config"]={};return deserializeActivation(t)}if(typeof e==="string"){var t={};t["className"]=e;t["config"]={};return deserializeActivation(t)}else if(e instanceof yu){return e}else{return deserializeActivation(e)}}function assertObjectArgs(e){if(e!=null&&typeof e!=="object"){throw new Error("Argument to L1L2 regularizer's constructor is expected to be an "+"object, but received: ".concat(e))}}var Ru=function(e){__extends(Regularizer,e);function Regularizer(){return e!==null&&e.apply(this,arguments)||this}return Regularizer}(n.serialization.Serializable);var Lu=function(e){__extends(L1L2,e);function L1L2(t){var r=e.call(this)||this;assertObjectArgs(t);r.l1=t==null||t.l1==null?.01:t.l1;r.l2=t==null||t.l2==null?.01:t.l2;r.hasL1=r.l1!==0;r.hasL2=r.l2!==0;return r}L1L2.prototype.apply=function(e){var t=this;return n.tidy(function(){var r=n.zeros([1]);if(t.hasL1){r=n.add(r,n.sum(i.mul(t.l1,n.abs(e))))}if(t.hasL2){r=n.add(r,n.sum(i.mul(t.l2,square$1(e))))}return i.reshape(r,[])})};L1L2.prototype.getConfig=function(){return{l1:this.l1,l2:this.l2}};L1L2.fromConfig=function(e,t){return new e({l1:t["l1"],l2:t["l2"]})};return L1L2}(Ru);Lu.className="L1L2";n.serialization.registerClass(Lu);function l1$1(e){assertObjectArgs(e);return new Lu({l1:e!=null?e.l1:null,l2:0})}function l2$1(e){assertObjectArgs(e);return new Lu({l2:e!=null?e.l2:null,l1:0})}var Ou={l1l2:"L1L2"};function serializeRegularizer(e){return serializeKerasObject(e)}function deserializeRegularizer(e,t){if(t===void 0){t={}}return deserializeKerasObject(e,n.serialization.SerializationMap.getMap().classNameMap,t,"regularizer")}function getRegularizer(e){if(e==null){return null}if(typeof e==="string"){var t=e in Ou?Ou[e]:e;var r={className:t,config:{}};return deserializeRegularizer(r)}else if(e instanceof Ru){return e}else{return deserializeRegularizer(e)}}var Pu=function(e){__extends(ReLU,e);function ReLU(t){var r=e.call(this,t==null?{}:t)||this;r.supportsMasking=true;if(t!=null){r.maxValue=t.maxValue}return r}ReLU.prototype.call=function(e,t){e=getExactlyOneTensor(e);var r=n.relu(e);if(this.maxValue!=null){r=n.clipByValue(r,0,this.maxValue)}return r};ReLU.prototype.computeOutputShape=function(e){return e};ReLU.prototype.getConfig=function(){var t={maxValue:this.maxValue};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return ReLU}(X);Pu.className="ReLU";n.serialization.registerClass(Pu);var Bu=function(e){__extends(LeakyReLU,e);function LeakyReLU(t){var r=e.call(this,t==null?{}:t)||this;r.DEFAULT_ALPHA=.3;if(t==null){t={}}r.alpha=t.alpha==null?r.DEFAULT_ALPHA:t.alpha;return r}LeakyReLU.prototype.call=function(e,t){var r=getExactlyOneTensor(e);return n.leakyRelu(r,this.alpha)};LeakyReLU.prototype.computeOutputShape=function(e){return e};LeakyReLU.prototype.getConfig=function(){var t={alpha:this.alpha};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return LeakyReLU}(X);Bu.className="LeakyReLU";n.serialization.registerClass(Bu);var Wu=function(e){__extends(PReLU,e);function PReLU(t){var r=e.call(this,t==null?{}:t)||this;r.DEFAULT_ALPHA_INITIALIZER="zeros";if(t==null){t={}}r.supportsMasking=true;r.alphaInitializer=getInitializer(t.alphaInitializer||r.DEFAULT_ALPHA_INITIALIZER);r.alphaRegularizer=getRegularizer(t.alphaRegularizer);r.alphaConstraint=getConstraint(t.alphaConstraint);if(t.sharedAxes==null){r.sharedAxes=null}else if(Array.isArray(t.sharedAxes)){r.sharedAxes=t.sharedAxes}else if(typeof t.sharedAxes==="number"){r.sharedAxes=[t.sharedAxes]}else{throw new u("Expected sharedAxes to be a number or an array of numbers, "+"but got ".concat(t.sharedAxes))}return r}PReLU.prototype.build=function(e){var t,r;e=getExactlyOneShape(e);var n=e.slice(1);if(this.sharedAxes!=null){try{for(var i=__values(this.sharedAxes),o=i.next();!o.done;o=i.next()){var s=o.value;n[s-1]=1}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}}this.alpha=this.addWeight("alpha",n,"float32",this.alphaInitializer,this.alphaRegularizer,true,this.alphaConstraint);var u={};if(this.sharedAxes!=null){for(var s=1;s<e.length;++s){u[s]=e[s]}}this.inputSpec=[new K({ndim:e.length,axes:u})];this.built=true};PReLU.prototype.call=function(e,t){e=getExactlyOneTensor(e);return n.prelu(e,this.alpha.read())};PReLU.prototype.getConfig=function(){var t={alphaInitializer:serializeInitializer(this.alphaInitializer),alphaRegularizer:serializeRegularizer(this.alphaRegularizer),alphaConstraint:serializeConstraint(this.alphaConstraint),sharedAxes:this.sharedAxes};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return PReLU}(X);Wu.className="PReLU";n.serialization.registerClass(Wu);var Uu=function(e){__extends(ELU,e);function ELU(t){var r=e.call(this,t==null?{}:t)||this;r.DEFAULT_ALPHA=1;if(t==null){t={}}if(t.alpha!=null&&t.alpha!==r.DEFAULT_ALPHA){throw new l("Non-default alpha value (".concat(t.alpha,") is not supported by the ")+"ELU layer yet.")}r.alpha=t.alpha==null?r.DEFAULT_ALPHA:t.alpha;return r}ELU.prototype.call=function(e,t){var r=getExactlyOneTensor(e);return n.elu(r)};ELU.prototype.computeOutputShape=function(e){return e};ELU.prototype.getConfig=function(){var t={alpha:this.alpha};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return ELU}(X);Uu.className="ELU";n.serialization.registerClass(Uu);var Gu=function(e){__extends(ThresholdedReLU,e);function ThresholdedReLU(t){var r=e.call(this,t==null?{}:t)||this;r.DEFAULT_THETA=1;if(t==null){t={}}r.theta=t.theta==null?r.DEFAULT_THETA:t.theta;return r}ThresholdedReLU.prototype.call=function(e,t){var r=getExactlyOneTensor(e);return n.mul(r,n.cast(n.greater(r,this.theta),"float32"))};ThresholdedReLU.prototype.computeOutputShape=function(e){return e};ThresholdedReLU.prototype.getConfig=function(){var t={theta:this.theta};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return ThresholdedReLU}(X);Gu.className="ThresholdedReLU";n.serialization.registerClass(Gu);var Vu=function(e){__extends(Softmax,e);function Softmax(t){var r=e.call(this,t==null?{}:t)||this;r.DEFAULT_AXIS=1;if(t==null){t={}}r.softmax=(new Cu).apply;r.axis=t.axis==null?r.DEFAULT_AXIS:t.axis;return r}Softmax.prototype.call=function(e,t){var r=this;return n.tidy(function(){var i=getExactlyOneTensor(e);var o=t["mask"];if(o!=null){var s=n.mul(n.sub(n.ones(i.shape),n.cast(o,i.dtype)),n.scalar(-1e9));i=n.add(i,s)}if(r.axis instanceof Array){if(r.axis.length>1){return n.exp(n.sub(i,n.logSumExp(i,r.axis,true)))}else{return r.softmax(i,r.axis[0])}}return r.softmax(i,r.axis)})};Softmax.prototype.computeOutputShape=function(e){return e};Softmax.prototype.getConfig=function(){var t={axis:this.axis};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Softmax}(X);Vu.className="Softmax";n.serialization.registerClass(Vu);
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function normalizeArray(e,t,r){if(typeof e==="number"){return pyListRepeat(e,t)}else{if(e.length!==t){throw new u("The ".concat(r," argument must be an integer or tuple of ").concat(t," integers.")+" Received: ".concat(e.length," elements."))}for(var n=0;n<t;++n){var i=e[n];if(!isInteger(i)){throw new u("The ".concat(r," argument must be an integer or tuple of ").concat(t)+" integers. Received: ".concat(JSON.stringify(e)," including a")+" non-integer number ".concat(i))}}return e}}function convOutputLength(e,t,r,n,i){if(i===void 0){i=1}if(e==null){return e}var o=t+(t-1)*(i-1);var s;if(r==="same"){s=e}else{s=e-o+1}return Math.floor((s+n-1)/n)}function deconvLength(e,t,r,n){if(e==null){return null}if(n==="valid"){e=e*t+max([r-t,0])}else if(n==="same"){e=e*t}else{throw new u("Unsupport padding mode: ".concat(n,"."))}return e}function preprocessConv2DInput(e,t){return n.tidy(function(){checkDataFormat(t);if(t==="channelsFirst"){return i.transpose(e,[0,2,3,1])}else{return e}})}function preprocessConv3DInput(e,t){return n.tidy(function(){checkDataFormat(t);if(t==="channelsFirst"){return i.transpose(e,[0,2,3,4,1])}else{return e}})}function conv1dWithBias(e,t,r,o,s,c,p){if(o===void 0){o=1}if(s===void 0){s="valid"}if(p===void 0){p=1}return n.tidy(function(){if(c==null){c=imageDataFormat()}checkDataFormat(c);if(e.shape.length!==3){throw new u("The input of a conv1dWithBias operation should be 3, but is "+"".concat(e.shape.length," instead."))}if(t.shape.length!==3){throw new u("The kernel for a conv1dWithBias operation should be 3, but is "+"".concat(t.shape.length," instead"))}if(r!=null&&r.shape.length!==1){throw new u("The bias for a conv1dWithBias operation should be 1, but is "+"".concat(r.shape.length," instead"))}if(c==="channelsFirst"){e=i.transpose(e,[0,2,1])}if(s==="causal"){throw new l("The support for CAUSAL padding mode in conv1dWithBias is not "+"implemented yet.")}var n=i.conv1d(e,t,o,s==="same"?"same":"valid","NWC",p);if(r!=null){n=biasAdd(n,r)}return n})}function conv2dWithBiasActivation(e,t,r,o,s,c,p,f){if(o===void 0){o=[1,1]}if(s===void 0){s="valid"}if(f===void 0){f=null}return n.tidy(function(){if(c==null){c=imageDataFormat()}checkDataFormat(c);if(e.rank!==3&&e.rank!==4){throw new u("conv2dWithBiasActivation expects input to be of rank 3 or 4, "+"but received ".concat(e.rank,"."))}if(t.rank!==3&&t.rank!==4){throw new u("conv2dWithBiasActivation expects kernel to be of rank 3 or 4, "+"but received ".concat(e.rank,"."))}var n=preprocessConv2DInput(e,c);if(s==="causal"){throw new l("The support for CAUSAL padding mode in conv1dWithBias is not "+"implemented yet.")}n=i.fused.conv2d({x:n,filter:t,strides:o,pad:s==="same"?"same":"valid",dilations:p,dataFormat:"NHWC",bias:r,activation:f});if(c==="channelsFirst"){n=i.transpose(n,[0,3,1,2])}return n})}function conv3dWithBias(e,t,r,o,s,c,p){if(o===void 0){o=[1,1,1]}if(s===void 0){s="valid"}return n.tidy(function(){if(c==null){c=imageDataFormat()}checkDataFormat(c);if(e.rank!==4&&e.rank!==5){throw new u("conv3dWithBias expects input to be of rank 4 or 5, but received "+"".concat(e.rank,"."))}if(t.rank!==4&&t.rank!==5){throw new u("conv3dWithBias expects kernel to be of rank 4 or 5, but received "+"".concat(e.rank,"."))}var n=preprocessConv3DInput(e,c);if(s==="causal"){throw new l("The support for CAUSAL padding mode in conv3dWithBias is not "+"implemented yet.")}n=i.conv3d(n,t,o,s==="same"?"same":"valid","NDHWC",p);if(r!=null){n=biasAdd(n,r)}if(c==="channelsFirst"){n=i.transpose(n,[0,4,1,2,3])}return n})}var ju=function(e){__extends(BaseConv,e);function BaseConv(t,r){var n=e.call(this,r)||this;n.bias=null;n.DEFAULT_KERNEL_INITIALIZER="glorotNormal";n.DEFAULT_BIAS_INITIALIZER="zeros";BaseConv.verifyArgs(r);n.rank=t;assertPositiveInteger(n.rank,"rank");if(n.rank!==1&&n.rank!==2&&n.rank!==3){throw new l("Convolution layer for rank other than 1, 2, or 3 (".concat(n.rank,") is ")+"not implemented yet.")}n.kernelSize=normalizeArray(r.kernelSize,t,"kernelSize");n.strides=normalizeArray(r.strides==null?1:r.strides,t,"strides");n.padding=r.padding==null?"valid":r.padding;checkPaddingMode(n.padding);n.dataFormat=r.dataFormat==null?"channelsLast":r.dataFormat;checkDataFormat(n.dataFormat);n.activation=getActivation(r.activation);n.useBias=r.useBias==null?true:r.useBias;n.biasInitializer=getInitializer(r.biasInitializer||n.DEFAULT_BIAS_INITIALIZER);n.biasConstraint=getConstraint(r.biasConstraint);n.biasRegularizer=getRegularizer(r.biasRegularizer);n.activityRegularizer=getRegularizer(r.activityRegularizer);n.dilationRate=normalizeArray(r.dilationRate==null?1:r.dilationRate,t,"dilationRate");if(n.rank===1&&(Array.isArray(n.dilationRate)&&n.dilationRate.length!==1)){throw new u("dilationRate must be a number or an array of a single number "+"for 1D convolution, but received "+"".concat(JSON.stringify(n.dilationRate)))}else if(n.rank===2){if(typeof n.dilationRate==="number"){n.dilationRate=[n.dilationRate,n.dilationRate]}else if(n.dilationRate.length!==2){throw new u("dilationRate must be a number or array of two numbers for 2D "+"convolution, but received ".concat(JSON.stringify(n.dilationRate)))}}else if(n.rank===3){if(typeof n.dilationRate==="number"){n.dilationRate=[n.dilationRate,n.dilationRate,n.dilationRate]}else if(n.dilationRate.length!==3){throw new u("dilationRate must be a number or array of three numbers for 3D "+"convolution, but received ".concat(JSON.stringify(n.dilationRate)))}}return n}BaseConv.verifyArgs=function(e){assert$1("kernelSize"in e,"required key 'kernelSize' not in config");if(typeof e.kernelSize!=="number"&&!checkArrayTypeAndLength(e.kernelSize,"number",1,3)){throw new u("BaseConv expects config.kernelSize to be number or number[] with "+"length 1, 2, or 3, but received ".concat(JSON.stringify(e.kernelSize),"."))}};BaseConv.prototype.getConfig=function(){var t={kernelSize:this.kernelSize,strides:this.strides,padding:this.padding,dataFormat:this.dataFormat,dilationRate:this.dilationRate,activation:serializeActivation(this.activation),useBias:this.useBias,biasInitializer:serializeInitializer(this.biasInitializer),biasRegularizer:serializeRegularizer(this.biasRegularizer),activityRegularizer:serializeRegularizer(this.activityRegularizer),biasConstraint:serializeConstraint(this.biasConstraint)};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return BaseConv}(X);var qu=function(e){__extends(Conv,e);function Conv(t,r){var n=e.call(this,t,r)||this;n.kernel=null;Conv.verifyArgs(r);n.filters=r.filters;assertPositiveInteger(n.filters,"filters");n.kernelInitializer=getInitializer(r.kernelInitializer||n.DEFAULT_KERNEL_INITIALIZER);n.kernelConstraint=getConstraint(r.kernelConstraint);n.kernelRegularizer=getRegularizer(r.kernelRegularizer);return n}Conv.prototype.build=function(e){var t;e=getExactlyOneShape(e);var r=this.dataFormat==="channelsFirst"?1:e.length-1;if(e[r]==null){throw new u("The channel dimension of the input should be defined. "+"Found ".concat(e[r]))}var n=e[r];var i=this.kernelSize.concat([n,this.filters]);this.kernel=this.addWeight("kernel",i,null,this.kernelInitializer,this.kernelRegularizer,true,this.kernelConstraint);if(this.useBias){this.bias=this.addWeight("bias",[this.filters],null,this.biasInitializer,this.biasRegularizer,true,this.biasConstraint)}this.inputSpec=[{ndim:this.rank+2,axes:(t={},t[r]=n,t)}];this.built=true};Conv.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=getExactlyOneTensor(e);var t;var n=r.bias==null?null:r.bias.read();var i=mapActivationToFusedKernel(r.activation.getClassName());if(i!=null&&r.rank===2){t=conv2dWithBiasActivation(e,r.kernel.read(),n,r.strides,r.padding,r.dataFormat,r.dilationRate,i)}else{if(r.rank===1){t=conv1dWithBias(e,r.kernel.read(),n,r.strides[0],r.padding,r.dataFormat,r.dilationRate[0])}else if(r.rank===2){t=conv2dWithBiasActivation(e,r.kernel.read(),n,r.strides,r.padding,r.dataFormat,r.dilationRate)}else if(r.rank===3){t=conv3dWithBias(e,r.kernel.read(),n,r.strides,r.padding,r.dataFormat,r.dilationRate)}else{throw new l("convolutions greater than 3D are not implemented yet.")}if(r.activation!=null){t=r.activation.apply(t)}}return t})};Conv.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=[];var r=this.dataFormat==="channelsLast"?e.slice(1,e.length-1):e.slice(2);for(var n=0;n<r.length;++n){var i=convOutputLength(r[n],this.kernelSize[n],this.padding,this.strides[n],typeof this.dilationRate==="number"?this.dilationRate:this.dilationRate[n]);t.push(i)}var o=[e[0]];if(this.dataFormat==="channelsLast"){o=o.concat(t);o.push(this.filters)}else{o.push(this.filters);o=o.concat(t)}return o};Conv.prototype.getConfig=function(){var t={filters:this.filters,kernelInitializer:serializeInitializer(this.kernelInitializer),kernelRegularizer:serializeRegularizer(this.kernelRegularizer),kernelConstraint:serializeConstraint(this.kernelConstraint)};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};Conv.verifyArgs=function(e){if(!("filters"in e)||typeof e.filters!=="number"||e.filters<1){throw new u("Convolution layer expected config.filters to be a 'number' > 0 "+"but got ".concat(JSON.stringify(e.filters)))}};return Conv}(ju);var Ku=function(e){__extends(Conv2D,e);function Conv2D(t){var r=e.call(this,2,t)||this;Conv2D.verifyArgs(t);return r}Conv2D.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);delete t["rank"];return t};Conv2D.verifyArgs=function(e){if(typeof e.kernelSize!=="number"&&!checkArrayTypeAndLength(e.kernelSize,"number",1,2)){throw new u("Conv2D expects config.kernelSize to be number or number[] with "+"length 1 or 2, but received ".concat(JSON.stringify(e.kernelSize),"."))}};return Conv2D}(qu);Ku.className="Conv2D";n.serialization.registerClass(Ku);var Hu=function(e){__extends(Conv3D,e);function Conv3D(t){var r=e.call(this,3,t)||this;Conv3D.verifyArgs(t);return r}Conv3D.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);delete t["rank"];return t};Conv3D.verifyArgs=function(e){if(typeof e.kernelSize!=="number"){if(!(Array.isArray(e.kernelSize)&&(e.kernelSize.length===1||e.kernelSize.length===3))){throw new u("Conv3D expects config.kernelSize to be number or"+" [number, number, number], but received ".concat(JSON.stringify(e.kernelSize),"."))}}};return Conv3D}(qu);Hu.className="Conv3D";n.serialization.registerClass(Hu);var $u=function(e){__extends(Conv2DTranspose,e);function Conv2DTranspose(t){var r=e.call(this,t)||this;r.inputSpec=[new K({ndim:4})];if(r.padding!=="same"&&r.padding!=="valid"){throw new u("Conv2DTranspose currently supports only padding modes 'same' "+"and 'valid', but received padding mode ".concat(r.padding))}return r}Conv2DTranspose.prototype.build=function(e){var t;e=getExactlyOneShape(e);if(e.length!==4){throw new u("Input should have rank 4; Received input shape: "+JSON.stringify(e))}var r=this.dataFormat==="channelsFirst"?1:e.length-1;if(e[r]==null){throw new u("The channel dimension of the inputs should be defined. "+"Found `None`.")}var n=e[r];var i=this.kernelSize.concat([this.filters,n]);this.kernel=this.addWeight("kernel",i,"float32",this.kernelInitializer,this.kernelRegularizer,true,this.kernelConstraint);if(this.useBias){this.bias=this.addWeight("bias",[this.filters],"float32",this.biasInitializer,this.biasRegularizer,true,this.biasConstraint)}this.inputSpec=[new K({ndim:4,axes:(t={},t[r]=n,t)})];this.built=true};Conv2DTranspose.prototype.call=function(e,t){var r=this;return i.tidy(function(){var t=getExactlyOneTensor(e);if(t.shape.length!==4){throw new u("Conv2DTranspose.call() expects input tensor to be rank-4, but "+"received a tensor of rank-".concat(t.shape.length))}var n=t.shape;var o=n[0];var s;var l;if(r.dataFormat==="channelsFirst"){s=2;l=3}else{s=1;l=2}var c=n[s];var p=n[l];var f=r.kernelSize[0];var d=r.kernelSize[1];var h=r.strides[0];var v=r.strides[1];var g=deconvLength(c,h,f,r.padding);var m=deconvLength(p,v,d,r.padding);var y=[o,g,m,r.filters];if(r.dataFormat!=="channelsLast"){t=i.transpose(t,[0,2,3,1])}var b=i.conv2dTranspose(t,r.kernel.read(),y,r.strides,r.padding);if(r.dataFormat!=="channelsLast"){b=i.transpose(b,[0,3,1,2])}if(r.bias!=null){b=biasAdd(b,r.bias.read(),r.dataFormat)}if(r.activation!=null){b=r.activation.apply(b)}return b})};Conv2DTranspose.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=e.slice();var r;var n;var i;if(this.dataFormat==="channelsFirst"){r=1;n=2;i=3}else{r=3;n=1;i=2}var o=this.kernelSize[0];var s=this.kernelSize[1];var u=this.strides[0];var l=this.strides[1];t[r]=this.filters;t[n]=deconvLength(t[n],u,o,this.padding);t[i]=deconvLength(t[i],l,s,this.padding);return t};Conv2DTranspose.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);delete t["dilationRate"];return t};return Conv2DTranspose}(Ku);$u.className="Conv2DTranspose";n.serialization.registerClass($u);var Ju=function(e){__extends(Conv3DTranspose,e);function Conv3DTranspose(t){var r=e.call(this,t)||this;r.inputSpec=[new K({ndim:5})];if(r.padding!=="same"&&r.padding!=="valid"){throw new u("Conv3DTranspose currently supports only padding modes 'same' "+"and 'valid', but received padding mode ".concat(r.padding))}return r}Conv3DTranspose.prototype.build=function(e){var t;e=getExactlyOneShape(e);if(e.length!==5){throw new u("Input should have rank 5; Received input shape: "+JSON.stringify(e))}var r=this.dataFormat==="channelsFirst"?1:e.length-1;if(e[r]==null){throw new u("The channel dimension of the inputs should be defined. "+"Found `None`.")}var n=e[r];var i=this.kernelSize.concat([this.filters,n]);this.kernel=this.addWeight("kernel",i,"float32",this.kernelInitializer,this.kernelRegularizer,true,this.kernelConstraint);if(this.useBias){this.bias=this.addWeight("bias",[this.filters],"float32",this.biasInitializer,this.biasRegularizer,true,this.biasConstraint)}this.inputSpec=[new K({ndim:5,axes:(t={},t[r]=n,t)})];this.built=true};Conv3DTranspose.prototype.call=function(e,t){var r=this;return i.tidy(function(){var t=getExactlyOneTensor(e);if(t.shape.length!==5){throw new u("Conv3DTranspose.call() expects input tensor to be rank-4, but "+"received a tensor of rank-".concat(t.shape.length))}var n=t.shape;var o=n[0];var s;var l;var c;if(r.dataFormat==="channelsFirst"){c=2;s=3;l=4}else{c=1;s=2;l=3}var p=n[c];var f=n[s];var d=n[l];var h=r.kernelSize[0];var v=r.kernelSize[1];var g=r.kernelSize[2];var m=r.strides[0];var y=r.strides[1];var b=r.strides[2];var k=deconvLength(p,m,h,r.padding);var w=deconvLength(f,y,v,r.padding);var _=deconvLength(d,b,g,r.padding);var x=[o,k,w,_,r.filters];if(r.dataFormat!=="channelsLast"){t=i.transpose(t,[0,2,3,4,1])}var S=i.conv3dTranspose(t,r.kernel.read(),x,r.strides,r.padding);if(r.dataFormat!=="channelsLast"){S=i.transpose(S,[0,4,1,2,3])}if(r.bias!==null){S=biasAdd(S,r.bias.read(),r.dataFormat)}if(r.activation!==null){S=r.activation.apply(S)}return S})};Conv3DTranspose.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=e.slice();var r;var n;var i;var o;if(this.dataFormat==="channelsFirst"){r=1;n=2;i=3;o=4}else{r=4;n=1;i=2;o=3}var s=this.kernelSize[0];var u=this.kernelSize[1];var l=this.kernelSize[2];var c=this.strides[0];var p=this.strides[1];var f=this.strides[2];t[r]=this.filters;t[n]=deconvLength(t[n],c,s,this.padding);t[i]=deconvLength(t[i],p,u,this.padding);t[o]=deconvLength(t[o],f,l,this.padding);return t};Conv3DTranspose.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);delete t["dilationRate"];return t};return Conv3DTranspose}(Hu);Ju.className="Conv3DTranspose";n.serialization.registerClass(Ju);var Zu=function(e){__extends(SeparableConv,e);function SeparableConv(t,r){var n=e.call(this,t,r)||this;n.DEFAULT_DEPTHWISE_INITIALIZER="glorotUniform";n.DEFAULT_POINTWISE_INITIALIZER="glorotUniform";n.depthwiseKernel=null;n.pointwiseKernel=null;if(r.filters==null){throw new u("The `filters` configuration field is required by SeparableConv, "+"but is unspecified.")}if(r.kernelInitializer!=null||r.kernelRegularizer!=null||r.kernelConstraint!=null){throw new u("Fields kernelInitializer, kernelRegularizer and kernelConstraint "+"are invalid for SeparableConv2D. Use depthwiseInitializer, "+"depthwiseRegularizer, depthwiseConstraint, pointwiseInitializer, "+"pointwiseRegularizer and pointwiseConstraint instead.")}if(r.padding!=null&&r.padding!=="same"&&r.padding!=="valid"){throw new u("SeparableConv".concat(n.rank,"D supports only padding modes: ")+"'same' and 'valid', but received ".concat(JSON.stringify(r.padding)))}n.depthMultiplier=r.depthMultiplier==null?1:r.depthMultiplier;n.depthwiseInitializer=getInitializer(r.depthwiseInitializer||n.DEFAULT_DEPTHWISE_INITIALIZER);n.depthwiseRegularizer=getRegularizer(r.depthwiseRegularizer);n.depthwiseConstraint=getConstraint(r.depthwiseConstraint);n.pointwiseInitializer=getInitializer(r.depthwiseInitializer||n.DEFAULT_POINTWISE_INITIALIZER);n.pointwiseRegularizer=getRegularizer(r.pointwiseRegularizer);n.pointwiseConstraint=getConstraint(r.pointwiseConstraint);return n}SeparableConv.prototype.build=function(e){var t;e=getExactlyOneShape(e);if(e.length<this.rank+2){throw new u("Inputs to SeparableConv".concat(this.rank,"D should have rank ")+"".concat(this.rank+2,", but received input shape: ")+"".concat(JSON.stringify(e)))}var r=this.dataFormat==="channelsFirst"?1:e.length-1;if(e[r]==null||e[r]<0){throw new u("The channel dimension of the inputs should be defined, "+"but found ".concat(JSON.stringify(e[r])))}var n=e[r];var i=this.kernelSize.concat([n,this.depthMultiplier]);var o=[];for(var s=0;s<this.rank;++s){o.push(1)}o.push(n*this.depthMultiplier,this.filters);var l=true;this.depthwiseKernel=this.addWeight("depthwise_kernel",i,"float32",this.depthwiseInitializer,this.depthwiseRegularizer,l,this.depthwiseConstraint);this.pointwiseKernel=this.addWeight("pointwise_kernel",o,"float32",this.pointwiseInitializer,this.pointwiseRegularizer,l,this.pointwiseConstraint);if(this.useBias){this.bias=this.addWeight("bias",[this.filters],"float32",this.biasInitializer,this.biasRegularizer,l,this.biasConstraint)}else{this.bias=null}this.inputSpec=[new K({ndim:this.rank+2,axes:(t={},t[r]=n,t)})];this.built=true};SeparableConv.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=getExactlyOneTensor(e);var t;if(r.rank===1){throw new l("1D separable convolution is not implemented yet.")}else if(r.rank===2){if(r.dataFormat==="channelsFirst"){e=i.transpose(e,[0,2,3,1])}t=i.separableConv2d(e,r.depthwiseKernel.read(),r.pointwiseKernel.read(),r.strides,r.padding,r.dilationRate,"NHWC")}if(r.useBias){t=biasAdd(t,r.bias.read(),r.dataFormat)}if(r.activation!=null){t=r.activation.apply(t)}if(r.dataFormat==="channelsFirst"){t=i.transpose(t,[0,3,1,2])}return t})};SeparableConv.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);delete t["rank"];delete t["kernelInitializer"];delete t["kernelRegularizer"];delete t["kernelConstraint"];t["depthwiseInitializer"]=serializeInitializer(this.depthwiseInitializer);t["pointwiseInitializer"]=serializeInitializer(this.pointwiseInitializer);t["depthwiseRegularizer"]=serializeRegularizer(this.depthwiseRegularizer);t["pointwiseRegularizer"]=serializeRegularizer(this.pointwiseRegularizer);t["depthwiseConstraint"]=serializeConstraint(this.depthwiseConstraint);t["pointwiseConstraint"]=serializeConstraint(this.pointwiseConstraint);return t};return SeparableConv}(qu);Zu.className="SeparableConv";var Xu=function(e){__extends(SeparableConv2D,e);function SeparableConv2D(t){return e.call(this,2,t)||this}return SeparableConv2D}(Zu);Xu.className="SeparableConv2D";n.serialization.registerClass(Xu);var Yu=function(e){__extends(Conv1D,e);function Conv1D(t){var r=e.call(this,1,t)||this;Conv1D.verifyArgs(t);r.inputSpec=[{ndim:3}];return r}Conv1D.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);delete t["rank"];delete t["dataFormat"];return t};Conv1D.verifyArgs=function(e){if(typeof e.kernelSize!=="number"&&!checkArrayTypeAndLength(e.kernelSize,"number",1,1)){throw new u("Conv1D expects config.kernelSize to be number or number[] with "+"length 1, but received ".concat(JSON.stringify(e.kernelSize),"."))}};return Conv1D}(qu);Yu.className="Conv1D";n.serialization.registerClass(Yu);var Qu=function(e){__extends(Cropping2D,e);function Cropping2D(t){var r=e.call(this,t)||this;if(typeof t.cropping==="number"){r.cropping=[[t.cropping,t.cropping],[t.cropping,t.cropping]]}else if(typeof t.cropping[0]==="number"){r.cropping=[[t.cropping[0],t.cropping[0]],[t.cropping[1],t.cropping[1]]]}else{r.cropping=t.cropping}r.dataFormat=t.dataFormat===undefined?"channelsLast":t.dataFormat;r.inputSpec=[{ndim:4}];return r}Cropping2D.prototype.computeOutputShape=function(e){if(this.dataFormat==="channelsFirst"){return[e[0],e[1],e[2]-this.cropping[0][0]-this.cropping[0][1],e[3]-this.cropping[1][0]-this.cropping[1][1]]}else{return[e[0],e[1]-this.cropping[0][0]-this.cropping[0][1],e[2]-this.cropping[1][0]-this.cropping[1][1],e[3]]}};Cropping2D.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=getExactlyOneTensor(e);if(r.dataFormat==="channelsLast"){var t=sliceAlongAxis(e,r.cropping[0][0],e.shape[1]-r.cropping[0][0]-r.cropping[0][1],2);return sliceAlongAxis(t,r.cropping[1][0],e.shape[2]-r.cropping[1][1]-r.cropping[1][0],3)}else{var t=sliceAlongAxis(e,r.cropping[0][0],e.shape[2]-r.cropping[0][0]-r.cropping[0][1],3);return sliceAlongAxis(t,r.cropping[1][0],e.shape[3]-r.cropping[1][1]-r.cropping[1][0],4)}})};Cropping2D.prototype.getConfig=function(){var t={cropping:this.cropping,dataFormat:this.dataFormat};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Cropping2D}(X);Qu.className="Cropping2D";n.serialization.registerClass(Qu);var el=function(e){__extends(UpSampling2D,e);function UpSampling2D(t){var r=e.call(this,t)||this;r.DEFAULT_SIZE=[2,2];r.inputSpec=[{ndim:4}];r.size=t.size==null?r.DEFAULT_SIZE:t.size;r.dataFormat=t.dataFormat==null?"channelsLast":t.dataFormat;checkDataFormat(r.dataFormat);r.interpolation=t.interpolation==null?"nearest":t.interpolation;checkInterpolationFormat(r.interpolation);return r}UpSampling2D.prototype.computeOutputShape=function(e){if(this.dataFormat==="channelsFirst"){var t=e[2]==null?null:this.size[0]*e[2];var r=e[3]==null?null:this.size[1]*e[3];return[e[0],e[1],t,r]}else{var t=e[1]==null?null:this.size[0]*e[1];var r=e[2]==null?null:this.size[1]*e[2];return[e[0],t,r,e[3]]}};UpSampling2D.prototype.call=function(e,t){var r=this;return i.tidy(function(){var t=getExactlyOneTensor(e);var n=t.shape;if(r.dataFormat==="channelsFirst"){t=i.transpose(t,[0,2,3,1]);var o=r.size[0]*n[2];var s=r.size[1]*n[3];var u=r.interpolation==="nearest"?i.image.resizeNearestNeighbor(t,[o,s]):i.image.resizeBilinear(t,[o,s]);return i.transpose(u,[0,3,1,2])}else{var o=r.size[0]*n[1];var s=r.size[1]*n[2];return r.interpolation==="nearest"?i.image.resizeNearestNeighbor(t,[o,s]):i.image.resizeBilinear(t,[o,s])}})};UpSampling2D.prototype.getConfig=function(){var t={size:this.size,dataFormat:this.dataFormat,interpolation:this.interpolation};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return UpSampling2D}(X);el.className="UpSampling2D";n.serialization.registerClass(el);function depthwiseConv2d$1(e,t,r,o,s,l){if(r===void 0){r=[1,1]}if(o===void 0){o="valid"}return n.tidy(function(){if(s==null){s=imageDataFormat()}checkDataFormat(s);var n=preprocessConv2DInput(e,s);if(e.rank!==4){throw new u("Input for depthwiseConv2d is required to be 4-D, but is instead "+"".concat(e.rank,"-D"))}if(t.rank!==4){throw new u("depthwiseKernel is required to be 4-D, but is instead "+"".concat(t.rank,"-D"))}n=i.depthwiseConv2d(n,t,r,o==="same"?"same":"valid","NHWC",l);if(s==="channelsFirst"){n=i.transpose(n,[0,3,1,2])}return n})}var tl=function(e){__extends(DepthwiseConv2D,e);function DepthwiseConv2D(t){var r=e.call(this,2,t)||this;r.depthwiseKernel=null;r.depthMultiplier=t.depthMultiplier==null?1:t.depthMultiplier;r.depthwiseInitializer=getInitializer(t.depthwiseInitializer||r.DEFAULT_KERNEL_INITIALIZER);r.depthwiseConstraint=getConstraint(t.depthwiseConstraint);r.depthwiseRegularizer=getRegularizer(t.depthwiseRegularizer);return r}DepthwiseConv2D.prototype.build=function(e){e=getExactlyOneShape(e);if(e.length<4){throw new u("Inputs to DepthwiseConv2D should have rank 4. "+"Received input shape: ".concat(JSON.stringify(e),"."))}var t=this.dataFormat==="channelsFirst"?1:3;if(e[t]==null||e[t]<0){throw new u("The channel dimension of the inputs to DepthwiseConv2D should "+"be defined, but is not (".concat(e[t],")."))}var r=e[t];var n=[this.kernelSize[0],this.kernelSize[1],r,this.depthMultiplier];this.depthwiseKernel=this.addWeight("depthwise_kernel",n,null,this.depthwiseInitializer,this.depthwiseRegularizer,true,this.depthwiseConstraint);if(this.useBias){this.bias=this.addWeight("bias",[r*this.depthMultiplier],null,this.biasInitializer,this.biasRegularizer,true,this.biasConstraint)}else{this.bias=null}this.built=true};DepthwiseConv2D.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=getExactlyOneTensor(e);var t=depthwiseConv2d$1(e,r.depthwiseKernel.read(),r.strides,r.padding,r.dataFormat,null);if(r.useBias){t=biasAdd(t,r.bias.read(),r.dataFormat)}if(r.activation!=null){t=r.activation.apply(t)}return t})};DepthwiseConv2D.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=this.dataFormat==="channelsFirst"?e[2]:e[1];var r=this.dataFormat==="channelsFirst"?e[3]:e[2];var n=this.dataFormat==="channelsFirst"?e[1]*this.depthMultiplier:e[3]*this.depthMultiplier;var i=convOutputLength(t,this.kernelSize[0],this.padding,this.strides[0]);var o=convOutputLength(r,this.kernelSize[1],this.padding,this.strides[1]);if(this.dataFormat==="channelsFirst"){return[e[0],n,i,o]}else{return[e[0],i,o,n]}};DepthwiseConv2D.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);t["depthMultiplier"]=this.depthMultiplier;t["depthwiseInitializer"]=serializeInitializer(this.depthwiseInitializer);t["depthwiseRegularizer"]=serializeRegularizer(this.depthwiseRegularizer);t["depthwiseConstraint"]=serializeConstraint(this.depthwiseRegularizer);return t};return DepthwiseConv2D}(ju);tl.className="DepthwiseConv2D";n.serialization.registerClass(tl);function standardizeArgs(e,t,r,n){if(Array.isArray(e)){if(t!=null||r!=null){throw new u("When inputs is an array, neither initialState or constants "+"should be provided")}if(n!=null){r=e.slice(e.length-n,e.length);e=e.slice(0,e.length-n)}if(e.length>1){t=e.slice(1,e.length)}e=e[0]}function toListOrNull(e){if(e==null||Array.isArray(e)){return e}else{return[e]}}t=toListOrNull(t);r=toListOrNull(r);return{inputs:e,initialState:t,constants:r}}function rnn$1(e,t,r,n,o,s,c,p){if(n===void 0){n=false}if(c===void 0){c=false}if(p===void 0){p=false}return i.tidy(function(){var f=t.shape.length;if(f<3){throw new u("Input should be at least 3D, but is ".concat(f,"D."))}var d=[1,0].concat(range(2,f));t=i.transpose(t,d);if(s!=null){throw new l("The rnn() functoin of the deeplearn.js backend does not support "+"constants yet.")}if(c){console.warn("Backend rnn(): the unroll = true option is not applicable to the "+"imperative deeplearn.js backend.")}if(o!=null){o=i.cast(i.cast(o,"bool"),"float32");if(o.rank===f-1){o=i.expandDims(o,-1)}o=i.transpose(o,d)}if(n){t=i.reverse(t,0);if(o!=null){o=i.reverse(o,0)}}var h=[];var v;var g=r;var m=t.shape[0];var y=i.unstack(t);var b;if(o!=null){b=i.unstack(o)}var _loop_1=function(t){var r=y[t];var n=i.tidy(function(){return e(r,g)});if(o==null){v=n[0];g=n[1]}else{var s=i.tidy(function(){var e=b[t];var r=i.sub(i.onesLike(e),e);var o=i.add(i.mul(n[0],e),i.mul(g[0],r));var s=g.map(function(t,o){return i.add(i.mul(n[1][o],e),i.mul(t,r))});return{output:o,newStates:s}});v=s.output;g=s.newStates}if(p){h.push(v)}};for(var k=0;k<m;++k){_loop_1(k)}var w;if(p){var _=1;w=i.stack(h,_)}return[v,w,g]})}var rl=function(e){__extends(RNN,e);function RNN(t){var r=e.call(this,t)||this;var n;if(t.cell==null){throw new u("cell property is missing for the constructor of RNN.")}else if(Array.isArray(t.cell)){n=new cl({cells:t.cell})}else{n=t.cell}if(n.stateSize==null){throw new u("The RNN cell should have an attribute `stateSize` (tuple of "+"integers, one integer per RNN state).")}r.cell=n;r.returnSequences=t.returnSequences==null?false:t.returnSequences;r.returnState=t.returnState==null?false:t.returnState;r.goBackwards=t.goBackwards==null?false:t.goBackwards;r._stateful=t.stateful==null?false:t.stateful;r.unroll=t.unroll==null?false:t.unroll;r.supportsMasking=true;r.inputSpec=[new K({ndim:3})];r.stateSpec=null;r.states_=null;r.numConstants=null;r.keptStates=[];return r}RNN.prototype.getStates=function(){if(this.states_==null){var e=Array.isArray(this.cell.stateSize)?this.cell.stateSize.length:1;return range(0,e).map(function(e){return null})}else{return this.states_}};RNN.prototype.setStates=function(e){this.states_=e};RNN.prototype.computeOutputShape=function(e){var t,r;if(isArrayOfShapes(e)){e=e[0]}e=e;var n=this.cell.stateSize;if(!Array.isArray(n)){n=[n]}var i=n[0];var o;if(this.returnSequences){o=[e[0],e[1],i]}else{o=[e[0],i]}if(this.returnState){var s=[];try{for(var u=__values(n),l=u.next();!l.done;l=u.next()){var c=l.value;s.push([e[0],c])}}catch(e){t={error:e}}finally{try{if(l&&!l.done&&(r=u.return))r.call(u)}finally{if(t)throw t.error}}return[o].concat(s)}else{return o}};RNN.prototype.computeMask=function(e,t){var r=this;return i.tidy(function(){if(Array.isArray(t)){t=t[0]}var e=r.returnSequences?t:null;if(r.returnState){var n=r.states.map(function(e){return null});return[e].concat(n)}else{return e}})};Object.defineProperty(RNN.prototype,"states",{get:function(){if(this.states_==null){var e=Array.isArray(this.cell.stateSize)?this.cell.stateSize.length:1;var t=[];for(var r=0;r<e;++r){t.push(null)}return t}else{return this.states_}},set:function(e){this.states_=e},enumerable:false,configurable:true});RNN.prototype.build=function(e){if(this.numConstants!=null){throw new l("Constants support is not implemented in RNN yet.")}if(isArrayOfShapes(e)){e=e[0]}e=e;var t=this.stateful?e[0]:null;var r=e.slice(2);this.inputSpec[0]=new K({shape:__spreadArray([t,null],__read(r),false)});var i=[e[0]].concat(e.slice(2));{this.cell.build(i)}var o;if(Array.isArray(this.cell.stateSize)){o=this.cell.stateSize}else{o=[this.cell.stateSize]}if(this.stateSpec!=null){if(!n.util.arraysEqual(this.stateSpec.map(function(e){return e.shape[e.shape.length-1]}),o)){throw new u("An initialState was passed that is not compatible with "+"cell.stateSize. Received stateSpec=".concat(this.stateSpec,"; ")+"However cell.stateSize is ".concat(this.cell.stateSize))}}else{this.stateSpec=o.map(function(e){return new K({shape:[null,e]})})}if(this.stateful){this.resetStates()}};RNN.prototype.resetStates=function(e,t){var r=this;if(t===void 0){t=false}n.tidy(function(){if(!r.stateful){throw new o("Cannot call resetStates() on an RNN Layer that is not stateful.")}var s=r.inputSpec[0].shape[0];if(s==null){throw new u("If an RNN is stateful, it needs to know its batch size. Specify "+"the batch size of your input tensors: \n"+"- If using a Sequential model, specify the batch size by "+"passing a `batchInputShape` option to your first layer.\n"+"- If using the functional API, specify the batch size by "+"passing a `batchShape` option to your Input layer.")}if(r.states_==null){if(Array.isArray(r.cell.stateSize)){r.states_=r.cell.stateSize.map(function(e){return i.zeros([s,e])})}else{r.states_=[i.zeros([s,r.cell.stateSize])]}}else if(e==null){i.dispose(r.states_);if(r.keptStates!=null){i.dispose(r.keptStates);r.keptStates=[]}if(Array.isArray(r.cell.stateSize)){r.states_=r.cell.stateSize.map(function(e){return i.zeros([s,e])})}else{r.states_[0]=i.zeros([s,r.cell.stateSize])}}else{if(!Array.isArray(e)){e=[e]}if(e.length!==r.states_.length){throw new u("Layer ".concat(r.name," expects ").concat(r.states_.length," state(s), ")+"but it received ".concat(e.length," state value(s). Input ")+"received: ".concat(e))}if(t===true){r.keptStates.push(r.states_.slice())}else{i.dispose(r.states_)}for(var l=0;l<r.states_.length;++l){var c=e[l];var p=Array.isArray(r.cell.stateSize)?r.cell.stateSize[l]:r.cell.stateSize;var f=[s,p];if(!n.util.arraysEqual(c.shape,f)){throw new u("State ".concat(l," is incompatible with layer ").concat(r.name,": ")+"expected shape=".concat(f,", received shape=").concat(c.shape))}r.states_[l]=c}}r.states_=r.states_.map(function(e){return i.keep(e.clone())})})};RNN.prototype.apply=function(t,r){var n,i;var o=r==null?null:r["initialState"];var s=r==null?null:r["constants"];if(r==null){r={}}var u=standardizeArgs(t,o,s,this.numConstants);t=u.inputs;o=u.initialState;s=u.constants;var l=[];var c=[];if(o!=null){r["initialState"]=o;l=l.concat(o);this.stateSpec=[];try{for(var p=__values(o),f=p.next();!f.done;f=p.next()){var d=f.value;this.stateSpec.push(new K({shape:d.shape}))}}catch(e){n={error:e}}finally{try{if(f&&!f.done&&(i=p.return))i.call(p)}finally{if(n)throw n.error}}c=c.concat(this.stateSpec)}if(s!=null){r["constants"]=s;l=l.concat(s);this.numConstants=s.length}var h=l[0]instanceof H;if(h){var v=[t].concat(l);var g=this.inputSpec.concat(c);var m=this.inputSpec;this.inputSpec=g;var y=e.prototype.apply.call(this,v,r);this.inputSpec=m;return y}else{return e.prototype.apply.call(this,t,r)}};RNN.prototype.call=function(e,t){var r=this;return n.tidy(function(){var n=t==null?null:t["mask"];var i=t==null?null:t["training"];var o=t==null?null:t["initialState"];e=getExactlyOneTensor(e);if(o==null){if(r.stateful){o=r.states_}else{o=r.getInitialState(e)}}var s=Array.isArray(r.cell.stateSize)?r.cell.stateSize.length:1;if(o.length!==s){throw new u("RNN Layer has ".concat(s," state(s) but was passed ")+"".concat(o.length," initial state(s)."))}if(r.unroll){console.warn("Ignoring unroll = true for RNN layer, due to imperative backend.")}var l={training:i};var step=function(e,t){var n=r.cell.call([e].concat(t),l);return[n[0],n.slice(1)]};var c=rnn$1(step,e,o,r.goBackwards,n,null,r.unroll,r.returnSequences);var p=c[0];var f=c[1];var d=c[2];if(r.stateful){r.resetStates(d,i)}var h=r.returnSequences?f:p;if(r.returnState){return[h].concat(d)}else{return h}})};RNN.prototype.getInitialState=function(e){var t=this;return n.tidy(function(){var r=i.zeros(e.shape);r=i.sum(r,[1,2]);r=expandDims$1(r);if(Array.isArray(t.cell.stateSize)){return t.cell.stateSize.map(function(e){return e>1?tile$1(r,[1,e]):r})}else{return t.cell.stateSize>1?[tile$1(r,[1,t.cell.stateSize])]:[r]}})};Object.defineProperty(RNN.prototype,"trainableWeights",{get:function(){if(!this.trainable){return[]}return this.cell.trainableWeights},enumerable:false,configurable:true});Object.defineProperty(RNN.prototype,"nonTrainableWeights",{get:function(){if(!this.trainable){return this.cell.weights}return this.cell.nonTrainableWeights},enumerable:false,configurable:true});RNN.prototype.setFastWeightInitDuringBuild=function(t){e.prototype.setFastWeightInitDuringBuild.call(this,t);if(this.cell!=null){this.cell.setFastWeightInitDuringBuild(t)}};RNN.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var r={returnSequences:this.returnSequences,returnState:this.returnState,goBackwards:this.goBackwards,stateful:this.stateful,unroll:this.unroll};if(this.numConstants!=null){r["numConstants"]=this.numConstants}var n=this.cell.getConfig();if(this.getClassName()===RNN.className){r["cell"]={className:this.cell.getClassName(),config:n}}return Object.assign(Object.assign(Object.assign({},n),t),r)};RNN.fromConfig=function(e,t,r){if(r===void 0){r={}}var n=t["cell"];var i=deserialize(n,r);return new e(Object.assign(t,{cell:i}))};return RNN}(X);rl.className="RNN";n.serialization.registerClass(rl);var nl=function(e){__extends(RNNCell,e);function RNNCell(){return e!==null&&e.apply(this,arguments)||this}return RNNCell}(X);var al=function(e){__extends(SimpleRNNCell,e);function SimpleRNNCell(t){var r=e.call(this,t)||this;r.DEFAULT_ACTIVATION="tanh";r.DEFAULT_KERNEL_INITIALIZER="glorotNormal";r.DEFAULT_RECURRENT_INITIALIZER="orthogonal";r.DEFAULT_BIAS_INITIALIZER="zeros";r.units=t.units;assertPositiveInteger(r.units,"units");r.activation=getActivation(t.activation==null?r.DEFAULT_ACTIVATION:t.activation);r.useBias=t.useBias==null?true:t.useBias;r.kernelInitializer=getInitializer(t.kernelInitializer||r.DEFAULT_KERNEL_INITIALIZER);r.recurrentInitializer=getInitializer(t.recurrentInitializer||r.DEFAULT_RECURRENT_INITIALIZER);r.biasInitializer=getInitializer(t.biasInitializer||r.DEFAULT_BIAS_INITIALIZER);r.kernelRegularizer=getRegularizer(t.kernelRegularizer);r.recurrentRegularizer=getRegularizer(t.recurrentRegularizer);r.biasRegularizer=getRegularizer(t.biasRegularizer);r.kernelConstraint=getConstraint(t.kernelConstraint);r.recurrentConstraint=getConstraint(t.recurrentConstraint);r.biasConstraint=getConstraint(t.biasConstraint);r.dropout=min([1,max([0,t.dropout==null?0:t.dropout])]);r.recurrentDropout=min([1,max([0,t.recurrentDropout==null?0:t.recurrentDropout])]);r.dropoutFunc=t.dropoutFunc;r.stateSize=r.units;r.dropoutMask=null;r.recurrentDropoutMask=null;return r}SimpleRNNCell.prototype.build=function(e){e=getExactlyOneShape(e);this.kernel=this.addWeight("kernel",[e[e.length-1],this.units],null,this.kernelInitializer,this.kernelRegularizer,true,this.kernelConstraint);this.recurrentKernel=this.addWeight("recurrent_kernel",[this.units,this.units],null,this.recurrentInitializer,this.recurrentRegularizer,true,this.recurrentConstraint);if(this.useBias){this.bias=this.addWeight("bias",[this.units],null,this.biasInitializer,this.biasRegularizer,true,this.biasConstraint)}else{this.bias=null}this.built=true};SimpleRNNCell.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=e;if(e.length!==2){throw new u("SimpleRNNCell expects 2 input Tensors, got ".concat(e.length,"."))}var n=e[1];e=e[0];var o=t["training"]==null?false:t["training"];if(0<r.dropout&&r.dropout<1&&r.dropoutMask==null){r.dropoutMask=generateDropoutMask({ones:function(){return i.onesLike(e)},rate:r.dropout,training:o,dropoutFunc:r.dropoutFunc})}if(0<r.recurrentDropout&&r.recurrentDropout<1&&r.recurrentDropoutMask==null){r.recurrentDropoutMask=generateDropoutMask({ones:function(){return i.onesLike(n)},rate:r.recurrentDropout,training:o,dropoutFunc:r.dropoutFunc})}var s;var l=r.dropoutMask;var c=r.recurrentDropoutMask;if(l!=null){s=dot$1(i.mul(e,l),r.kernel.read())}else{s=dot$1(e,r.kernel.read())}if(r.bias!=null){s=biasAdd(s,r.bias.read())}if(c!=null){n=i.mul(n,c)}var p=i.add(s,dot$1(n,r.recurrentKernel.read()));if(r.activation!=null){p=r.activation.apply(p)}return[p,p]})};SimpleRNNCell.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var r={units:this.units,activation:serializeActivation(this.activation),useBias:this.useBias,kernelInitializer:serializeInitializer(this.kernelInitializer),recurrentInitializer:serializeInitializer(this.recurrentInitializer),biasInitializer:serializeInitializer(this.biasInitializer),kernelRegularizer:serializeRegularizer(this.kernelRegularizer),recurrentRegularizer:serializeRegularizer(this.recurrentRegularizer),biasRegularizer:serializeRegularizer(this.biasRegularizer),activityRegularizer:serializeRegularizer(this.activityRegularizer),kernelConstraint:serializeConstraint(this.kernelConstraint),recurrentConstraint:serializeConstraint(this.recurrentConstraint),biasConstraint:serializeConstraint(this.biasConstraint),dropout:this.dropout,recurrentDropout:this.recurrentDropout};return Object.assign(Object.assign({},t),r)};return SimpleRNNCell}(nl);al.className="SimpleRNNCell";n.serialization.registerClass(al);var il=function(e){__extends(SimpleRNN,e);function SimpleRNN(t){t.cell=new al(t);return e.call(this,t)||this}SimpleRNN.prototype.call=function(t,r){var o=this;return n.tidy(function(){if(o.cell.dropoutMask!=null){i.dispose(o.cell.dropoutMask);o.cell.dropoutMask=null}if(o.cell.recurrentDropoutMask!=null){i.dispose(o.cell.recurrentDropoutMask);o.cell.recurrentDropoutMask=null}var n=r==null?null:r["mask"];var s=r==null?null:r["training"];var u=r==null?null:r["initialState"];return e.prototype.call.call(o,t,{mask:n,training:s,initialState:u})})};SimpleRNN.fromConfig=function(e,t){return new e(t)};return SimpleRNN}(rl);il.className="SimpleRNN";n.serialization.registerClass(il);var ol=function(e){__extends(GRUCell,e);function GRUCell(t){var r=e.call(this,t)||this;r.DEFAULT_ACTIVATION="tanh";r.DEFAULT_RECURRENT_ACTIVATION="hardSigmoid";r.DEFAULT_KERNEL_INITIALIZER="glorotNormal";r.DEFAULT_RECURRENT_INITIALIZER="orthogonal";r.DEFAULT_BIAS_INITIALIZER="zeros";if(t.resetAfter){throw new u("GRUCell does not support reset_after parameter set to true.")}r.units=t.units;assertPositiveInteger(r.units,"units");r.activation=getActivation(t.activation===undefined?r.DEFAULT_ACTIVATION:t.activation);r.recurrentActivation=getActivation(t.recurrentActivation===undefined?r.DEFAULT_RECURRENT_ACTIVATION:t.recurrentActivation);r.useBias=t.useBias==null?true:t.useBias;r.kernelInitializer=getInitializer(t.kernelInitializer||r.DEFAULT_KERNEL_INITIALIZER);r.recurrentInitializer=getInitializer(t.recurrentInitializer||r.DEFAULT_RECURRENT_INITIALIZER);r.biasInitializer=getInitializer(t.biasInitializer||r.DEFAULT_BIAS_INITIALIZER);r.kernelRegularizer=getRegularizer(t.kernelRegularizer);r.recurrentRegularizer=getRegularizer(t.recurrentRegularizer);r.biasRegularizer=getRegularizer(t.biasRegularizer);r.kernelConstraint=getConstraint(t.kernelConstraint);r.recurrentConstraint=getConstraint(t.recurrentConstraint);r.biasConstraint=getConstraint(t.biasConstraint);r.dropout=min([1,max([0,t.dropout==null?0:t.dropout])]);r.recurrentDropout=min([1,max([0,t.recurrentDropout==null?0:t.recurrentDropout])]);r.dropoutFunc=t.dropoutFunc;r.implementation=t.implementation;r.stateSize=r.units;r.dropoutMask=null;r.recurrentDropoutMask=null;return r}GRUCell.prototype.build=function(e){e=getExactlyOneShape(e);var t=e[e.length-1];this.kernel=this.addWeight("kernel",[t,this.units*3],null,this.kernelInitializer,this.kernelRegularizer,true,this.kernelConstraint);this.recurrentKernel=this.addWeight("recurrent_kernel",[this.units,this.units*3],null,this.recurrentInitializer,this.recurrentRegularizer,true,this.recurrentConstraint);if(this.useBias){this.bias=this.addWeight("bias",[this.units*3],null,this.biasInitializer,this.biasRegularizer,true,this.biasConstraint)}else{this.bias=null}this.built=true};GRUCell.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=e;if(e.length!==2){throw new u("GRUCell expects 2 input Tensors (inputs, h, c), got "+"".concat(e.length,"."))}var n=t["training"]==null?false:t["training"];var o=e[1];e=e[0];if(0<r.dropout&&r.dropout<1&&r.dropoutMask==null){r.dropoutMask=generateDropoutMask({ones:function(){return i.onesLike(e)},rate:r.dropout,training:n,count:3,dropoutFunc:r.dropoutFunc})}if(0<r.recurrentDropout&&r.recurrentDropout<1&&r.recurrentDropoutMask==null){r.recurrentDropoutMask=generateDropoutMask({ones:function(){return i.onesLike(o)},rate:r.recurrentDropout,training:n,count:3,dropoutFunc:r.dropoutFunc})}var s=r.dropoutMask;var l=r.recurrentDropoutMask;var c;var p;var f;if(0<r.dropout&&r.dropout<1){e=i.mul(e,s[0])}var d=dot$1(e,r.kernel.read());if(r.useBias){d=biasAdd(d,r.bias.read())}if(0<r.recurrentDropout&&r.recurrentDropout<1){o=i.mul(o,l[0])}var h=r.recurrentKernel.read();var v=__read(i.split(h,[2*r.units,r.units],h.rank-1),2),g=v[0],m=v[1];var y=dot$1(o,g);var b=__read(i.split(d,3,d.rank-1),3),k=b[0],w=b[1],_=b[2];var x=__read(i.split(y,2,y.rank-1),2),S=x[0],I=x[1];c=r.recurrentActivation.apply(i.add(k,S));p=r.recurrentActivation.apply(i.add(w,I));var N=dot$1(i.mul(p,o),m);f=r.activation.apply(i.add(_,N));var T=i.add(i.mul(c,o),i.mul(i.add(1,i.neg(c)),f));return[T,T]})};GRUCell.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var r={units:this.units,activation:serializeActivation(this.activation),recurrentActivation:serializeActivation(this.recurrentActivation),useBias:this.useBias,kernelInitializer:serializeInitializer(this.kernelInitializer),recurrentInitializer:serializeInitializer(this.recurrentInitializer),biasInitializer:serializeInitializer(this.biasInitializer),kernelRegularizer:serializeRegularizer(this.kernelRegularizer),recurrentRegularizer:serializeRegularizer(this.recurrentRegularizer),biasRegularizer:serializeRegularizer(this.biasRegularizer),activityRegularizer:serializeRegularizer(this.activityRegularizer),kernelConstraint:serializeConstraint(this.kernelConstraint),recurrentConstraint:serializeConstraint(this.recurrentConstraint),biasConstraint:serializeConstraint(this.biasConstraint),dropout:this.dropout,recurrentDropout:this.recurrentDropout,implementation:this.implementation,resetAfter:false};return Object.assign(Object.assign({},t),r)};return GRUCell}(nl);ol.className="GRUCell";n.serialization.registerClass(ol);var sl=function(e){__extends(GRU,e);function GRU(t){if(t.implementation===0){console.warn("`implementation=0` has been deprecated, and now defaults to "+"`implementation=1`. Please update your layer call.")}t.cell=new ol(t);return e.call(this,t)||this}GRU.prototype.call=function(t,r){var o=this;return n.tidy(function(){if(o.cell.dropoutMask!=null){i.dispose(o.cell.dropoutMask);o.cell.dropoutMask=null}if(o.cell.recurrentDropoutMask!=null){i.dispose(o.cell.recurrentDropoutMask);o.cell.recurrentDropoutMask=null}var n=r==null?null:r["mask"];var s=r==null?null:r["training"];var u=r==null?null:r["initialState"];return e.prototype.call.call(o,t,{mask:n,training:s,initialState:u})})};GRU.fromConfig=function(e,t){if(t["implmentation"]===0){t["implementation"]=1}return new e(t)};return GRU}(rl);sl.className="GRU";n.serialization.registerClass(sl);var ul=function(e){__extends(LSTMCell,e);function LSTMCell(t){var r=e.call(this,t)||this;r.DEFAULT_ACTIVATION="tanh";r.DEFAULT_RECURRENT_ACTIVATION="hardSigmoid";r.DEFAULT_KERNEL_INITIALIZER="glorotNormal";r.DEFAULT_RECURRENT_INITIALIZER="orthogonal";r.DEFAULT_BIAS_INITIALIZER="zeros";r.units=t.units;assertPositiveInteger(r.units,"units");r.activation=getActivation(t.activation===undefined?r.DEFAULT_ACTIVATION:t.activation);r.recurrentActivation=getActivation(t.recurrentActivation===undefined?r.DEFAULT_RECURRENT_ACTIVATION:t.recurrentActivation);r.useBias=t.useBias==null?true:t.useBias;r.kernelInitializer=getInitializer(t.kernelInitializer||r.DEFAULT_KERNEL_INITIALIZER);r.recurrentInitializer=getInitializer(t.recurrentInitializer||r.DEFAULT_RECURRENT_INITIALIZER);r.biasInitializer=getInitializer(t.biasInitializer||r.DEFAULT_BIAS_INITIALIZER);r.unitForgetBias=t.unitForgetBias;r.kernelRegularizer=getRegularizer(t.kernelRegularizer);r.recurrentRegularizer=getRegularizer(t.recurrentRegularizer);r.biasRegularizer=getRegularizer(t.biasRegularizer);r.kernelConstraint=getConstraint(t.kernelConstraint);r.recurrentConstraint=getConstraint(t.recurrentConstraint);r.biasConstraint=getConstraint(t.biasConstraint);r.dropout=min([1,max([0,t.dropout==null?0:t.dropout])]);r.recurrentDropout=min([1,max([0,t.recurrentDropout==null?0:t.recurrentDropout])]);r.dropoutFunc=t.dropoutFunc;r.implementation=t.implementation;r.stateSize=[r.units,r.units];r.dropoutMask=null;r.recurrentDropoutMask=null;return r}LSTMCell.prototype.build=function(e){var t;e=getExactlyOneShape(e);var r=e[e.length-1];this.kernel=this.addWeight("kernel",[r,this.units*4],null,this.kernelInitializer,this.kernelRegularizer,true,this.kernelConstraint);this.recurrentKernel=this.addWeight("recurrent_kernel",[this.units,this.units*4],null,this.recurrentInitializer,this.recurrentRegularizer,true,this.recurrentConstraint);var n;if(this.useBias){if(this.unitForgetBias){var i=this.biasInitializer;var o=this.units;n=new(t=function(e){__extends(CustomInit,e);function CustomInit(){return e!==null&&e.apply(this,arguments)||this}CustomInit.prototype.apply=function(e,t){var r=i.apply([o]);var n=(new C).apply([o]);var s=i.apply([o*2]);return concatAlongFirstAxis(concatAlongFirstAxis(r,n),s)};return CustomInit}(T),t.className="CustomInit",t)}else{n=this.biasInitializer}this.bias=this.addWeight("bias",[this.units*4],null,n,this.biasRegularizer,true,this.biasConstraint)}else{this.bias=null}this.built=true};LSTMCell.prototype.call=function(e,t){var r=this;return n.tidy(function(){var n=t["training"]==null?false:t["training"];e=e;if(e.length!==3){throw new u("LSTMCell expects 3 input Tensors (inputs, h, c), got "+"".concat(e.length,"."))}var o=e[1];var s=e[2];e=e[0];if(0<r.dropout&&r.dropout<1&&r.dropoutMask==null){r.dropoutMask=generateDropoutMask({ones:function(){return i.onesLike(e)},rate:r.dropout,training:n,count:4,dropoutFunc:r.dropoutFunc})}if(0<r.recurrentDropout&&r.recurrentDropout<1&&r.recurrentDropoutMask==null){r.recurrentDropoutMask=generateDropoutMask({ones:function(){return i.onesLike(o)},rate:r.recurrentDropout,training:n,count:4,dropoutFunc:r.dropoutFunc})}var l=r.dropoutMask;var c=r.recurrentDropoutMask;var p;var f;var d;var h;if(0<r.dropout&&r.dropout<1){e=i.mul(e,l[0])}var v=dot$1(e,r.kernel.read());if(0<r.recurrentDropout&&r.recurrentDropout<1){o=i.mul(o,c[0])}v=i.add(v,dot$1(o,r.recurrentKernel.read()));if(r.useBias){v=biasAdd(v,r.bias.read())}var g=__read(i.split(v,4,v.rank-1),4),m=g[0],y=g[1],b=g[2],k=g[3];p=r.recurrentActivation.apply(m);f=r.recurrentActivation.apply(y);d=i.add(i.mul(f,s),i.mul(p,r.activation.apply(b)));h=r.recurrentActivation.apply(k);var w=i.mul(h,r.activation.apply(d));return[w,w,d]})};LSTMCell.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var r={units:this.units,activation:serializeActivation(this.activation),recurrentActivation:serializeActivation(this.recurrentActivation),useBias:this.useBias,kernelInitializer:serializeInitializer(this.kernelInitializer),recurrentInitializer:serializeInitializer(this.recurrentInitializer),biasInitializer:serializeInitializer(this.biasInitializer),unitForgetBias:this.unitForgetBias,kernelRegularizer:serializeRegularizer(this.kernelRegularizer),recurrentRegularizer:serializeRegularizer(this.recurrentRegularizer),biasRegularizer:serializeRegularizer(this.biasRegularizer),activityRegularizer:serializeRegularizer(this.activityRegularizer),kernelConstraint:serializeConstraint(this.kernelConstraint),recurrentConstraint:serializeConstraint(this.recurrentConstraint),biasConstraint:serializeConstraint(this.biasConstraint),dropout:this.dropout,recurrentDropout:this.recurrentDropout,implementation:this.implementation};return Object.assign(Object.assign({},t),r)};return LSTMCell}(nl);ul.className="LSTMCell";n.serialization.registerClass(ul);var ll=function(e){__extends(LSTM,e);function LSTM(t){if(t.implementation===0){console.warn("`implementation=0` has been deprecated, and now defaults to "+"`implementation=1`. Please update your layer call.")}t.cell=new ul(t);return e.call(this,t)||this}LSTM.prototype.call=function(t,r){var o=this;return n.tidy(function(){if(o.cell.dropoutMask!=null){i.dispose(o.cell.dropoutMask);o.cell.dropoutMask=null}if(o.cell.recurrentDropoutMask!=null){i.dispose(o.cell.recurrentDropoutMask);o.cell.recurrentDropoutMask=null}var n=r==null?null:r["mask"];var s=r==null?null:r["training"];var u=r==null?null:r["initialState"];return e.prototype.call.call(o,t,{mask:n,training:s,initialState:u})})};LSTM.fromConfig=function(e,t){if(t["implmentation"]===0){t["implementation"]=1}return new e(t)};return LSTM}(rl);ll.className="LSTM";n.serialization.registerClass(ll);var cl=function(e){__extends(StackedRNNCells,e);function StackedRNNCells(t){var r=e.call(this,t)||this;r.cells=t.cells;return r}Object.defineProperty(StackedRNNCells.prototype,"stateSize",{get:function(){var e,t;var r=[];try{for(var n=__values(this.cells.slice().reverse()),i=n.next();!i.done;i=n.next()){var o=i.value;if(Array.isArray(o.stateSize)){r.push.apply(r,__spreadArray([],__read(o.stateSize),false))}else{r.push(o.stateSize)}}}catch(t){e={error:t}}finally{try{if(i&&!i.done&&(t=n.return))t.call(n)}finally{if(e)throw e.error}}return r},enumerable:false,configurable:true});StackedRNNCells.prototype.call=function(e,t){var r=this;return n.tidy(function(){var n,i,o,s;e=e;var u=e.slice(1);var l=[];try{for(var c=__values(r.cells.slice().reverse()),p=c.next();!p.done;p=c.next()){var f=p.value;if(Array.isArray(f.stateSize)){l.push(u.splice(0,f.stateSize.length))}else{l.push(u.splice(0,1))}}}catch(e){n={error:e}}finally{try{if(p&&!p.done&&(i=c.return))i.call(c)}finally{if(n)throw n.error}}l.reverse();var d=[];var h;for(var v=0;v<r.cells.length;++v){var f=r.cells[v];u=l[v];if(v===0){h=[e[0]].concat(u)}else{h=[h[0]].concat(u)}h=f.call(h,t);d.push(h.slice(1))}u=[];try{for(var g=__values(d.slice().reverse()),m=g.next();!m.done;m=g.next()){var y=m.value;u.push.apply(u,__spreadArray([],__read(y),false))}}catch(e){o={error:e}}finally{try{if(m&&!m.done&&(s=g.return))s.call(g)}finally{if(o)throw o.error}}return[h[0]].concat(u)})};StackedRNNCells.prototype.build=function(e){if(isArrayOfShapes(e)){e=e[0]}e=e;var t;this.cells.forEach(function(r,n){nameScope("RNNCell_".concat(n),function(){r.build(e);if(Array.isArray(r.stateSize)){t=r.stateSize[0]}else{t=r.stateSize}e=[e[0],t]})});this.built=true};StackedRNNCells.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var getCellConfig=function(e){return{className:e.getClassName(),config:e.getConfig()}};var r=this.cells.map(getCellConfig);var n={cells:r};return Object.assign(Object.assign({},t),n)};StackedRNNCells.fromConfig=function(e,t,r){var n,i;if(r===void 0){r={}}var o=[];try{for(var s=__values(t["cells"]),u=s.next();!u.done;u=s.next()){var l=u.value;o.push(deserialize(l,r))}}catch(e){n={error:e}}finally{try{if(u&&!u.done&&(i=s.return))i.call(s)}finally{if(n)throw n.error}}return new e({cells:o})};Object.defineProperty(StackedRNNCells.prototype,"trainableWeights",{get:function(){var e,t;if(!this.trainable){return[]}var r=[];try{for(var n=__values(this.cells),i=n.next();!i.done;i=n.next()){var o=i.value;r.push.apply(r,__spreadArray([],__read(o.trainableWeights),false))}}catch(t){e={error:t}}finally{try{if(i&&!i.done&&(t=n.return))t.call(n)}finally{if(e)throw e.error}}return r},enumerable:false,configurable:true});Object.defineProperty(StackedRNNCells.prototype,"nonTrainableWeights",{get:function(){var e,t,r,n;var i=[];try{for(var o=__values(this.cells),s=o.next();!s.done;s=o.next()){var u=s.value;i.push.apply(i,__spreadArray([],__read(u.nonTrainableWeights),false))}}catch(t){e={error:t}}finally{try{if(s&&!s.done&&(t=o.return))t.call(o)}finally{if(e)throw e.error}}if(!this.trainable){var l=[];try{for(var c=__values(this.cells),p=c.next();!p.done;p=c.next()){var u=p.value;l.push.apply(l,__spreadArray([],__read(u.trainableWeights),false))}}catch(e){r={error:e}}finally{try{if(p&&!p.done&&(n=c.return))n.call(c)}finally{if(r)throw r.error}}return l.concat(i)}return i},enumerable:false,configurable:true});StackedRNNCells.prototype.getWeights=function(){var e,t;var r=[];try{for(var n=__values(this.cells),i=n.next();!i.done;i=n.next()){var o=i.value;r.push.apply(r,__spreadArray([],__read(o.weights),false))}}catch(t){e={error:t}}finally{try{if(i&&!i.done&&(t=n.return))t.call(n)}finally{if(e)throw e.error}}return batchGetValue(r)};StackedRNNCells.prototype.setWeights=function(e){var t,r;var n=[];try{for(var i=__values(this.cells),o=i.next();!o.done;o=i.next()){var s=o.value;var u=s.weights.length;var l=e.splice(u);for(var c=0;c<s.weights.length;++c){n.push([s.weights[c],l[c]])}}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}batchSetValue(n)};return StackedRNNCells}(nl);cl.className="StackedRNNCells";n.serialization.registerClass(cl);function generateDropoutMask(e){var t=e.ones,r=e.rate,n=e.training,o=n===void 0?false:n,s=e.count,u=s===void 0?1:s,l=e.dropoutFunc;var droppedInputs=function(){return l!=null?l(t(),r):dropout$1(t(),r)};var createMask=function(){return inTrainPhase(droppedInputs,t,o)};if(!u||u<=1){return i.keep(createMask().clone())}var c=Array(u).fill(undefined).map(createMask);return c.map(function(e){return i.keep(e.clone())})}
/**
 * @license
 * Copyright 2020 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var pl=false||function(e,t){var r={};for(var n in e)if(Object.prototype.hasOwnProperty.call(e,n)&&t.indexOf(n)<0)r[n]=e[n];if(e!=null&&typeof Object.getOwnPropertySymbols==="function")for(var i=0,n=Object.getOwnPropertySymbols(e);i<n.length;i++){if(t.indexOf(n[i])<0&&Object.prototype.propertyIsEnumerable.call(e,n[i]))r[n[i]]=e[n[i]]}return r};(function(e){__extends(ConvRNN2DCell,e);function ConvRNN2DCell(){return e!==null&&e.apply(this,arguments)||this}return ConvRNN2DCell})(nl);var fl=function(e){__extends(ConvRNN2D,e);function ConvRNN2D(t){var r=this;if(t.unroll){throw new l("Unrolling is not possible with convolutional RNNs.")}if(Array.isArray(t.cell)){throw new l("It is not possible at the moment to stack convolutional cells.")}r=e.call(this,t)||this;r.inputSpec=[new K({ndim:5})];return r}ConvRNN2D.prototype.call=function(t,r){var n=this;return i.tidy(function(){if(n.cell.dropoutMask!=null){i.dispose(n.cell.dropoutMask);n.cell.dropoutMask=null}if(n.cell.recurrentDropoutMask!=null){i.dispose(n.cell.recurrentDropoutMask);n.cell.recurrentDropoutMask=null}if(r&&r["constants"]){throw new u("ConvRNN2D cell does not support constants")}var o=r==null?null:r["mask"];var s=r==null?null:r["training"];var l=r==null?null:r["initialState"];return e.prototype.call.call(n,t,{mask:o,training:s,initialState:l})})};ConvRNN2D.prototype.computeOutputShape=function(e){var t=this.computeSingleOutputShape(e);if(!this.returnSequences){t=__spreadArray([t[0]],__read(t.slice(2)),false)}if(this.returnState){t=__spreadArray([t],__read(Array(2).fill(__spreadArray([e[0]],__read(t.slice(-3)),false))),false)}return t};ConvRNN2D.prototype.getInitialState=function(e){var t=this;return i.tidy(function(){var r=t.cell.stateSize;var n=e.shape;var o=t.computeSingleOutputShape(n);var s=__spreadArray([o[0]],__read(o.slice(2)),false);var u=i.zeros(s);if(Array.isArray(r)){return Array(r.length).fill(u)}return[u]})};ConvRNN2D.prototype.resetStates=function(e,t){var r=this;if(t===void 0){t=false}i.tidy(function(){if(!r.stateful){throw new o("Cannot call resetStates() on an RNN Layer that is not stateful.")}var s=r.inputSpec[0].shape;var l=r.computeSingleOutputShape(s);var c=__spreadArray([l[0]],__read(l.slice(2)),false);var p=s[0];if(p==null){throw new u("If an RNN is stateful, it needs to know its batch size. Specify "+"the batch size of your input tensors: \n"+"- If using a Sequential model, specify the batch size by "+"passing a `batchInputShape` option to your first layer.\n"+"- If using the functional API, specify the batch size by "+"passing a `batchShape` option to your Input layer.")}if(r.getStates()==null){if(Array.isArray(r.cell.stateSize)){r.states_=r.cell.stateSize.map(function(){return i.zeros(c)})}else{r.states_=[i.zeros(c)]}}else if(e==null){i.dispose(r.states_);if(r.keptStates!=null){i.dispose(r.keptStates);r.keptStates=[]}if(Array.isArray(r.cell.stateSize)){r.states_=r.cell.stateSize.map(function(){return i.zeros(c)})}else{r.states_[0]=i.zeros(c)}}else{if(!Array.isArray(e)){e=[e]}if(e.length!==r.states_.length){throw new u("Layer ".concat(r.name," expects ").concat(r.states_.length," state(s), ")+"but it received ".concat(e.length," state value(s). Input ")+"received: ".concat(e))}if(t){r.keptStates.push(r.states_.slice())}else{i.dispose(r.states_)}for(var f=0;f<r.states_.length;++f){var d=e[f];var h=c;if(!n.util.arraysEqual(d.shape,h)){throw new u("State ".concat(f," is incompatible with layer ").concat(r.name,": ")+"expected shape=".concat(h,", received shape=").concat(d.shape))}r.states_[f]=d}}r.states_=r.states_.map(function(e){return i.keep(e.clone())})})};ConvRNN2D.prototype.computeSingleOutputShape=function(e){var t=this.cell,r=t.dataFormat,n=t.filters,i=t.kernelSize,o=t.padding,s=t.strides,u=t.dilationRate;var l=r==="channelsFirst";var c=e[l?3:2];var p=e[l?4:3];var f=convOutputLength(c,i[0],o,s[0],u[0]);var d=convOutputLength(p,i[1],o,s[1],u[1]);var h=__spreadArray(__spreadArray([],__read(e.slice(0,2)),false),__read(l?[n,f,d]:[f,d,n]),false);return h};return ConvRNN2D}(rl);fl.className="ConvRNN2D";var dl=function(e){__extends(ConvLSTM2DCell,e);function ConvLSTM2DCell(t){var r=this;var n=t.filters,i=t.kernelSize,o=t.strides,s=t.padding,u=t.dataFormat,l=t.dilationRate;r=e.call(this,Object.assign(Object.assign({},t),{units:n}))||this;r.filters=n;assertPositiveInteger(r.filters,"filters");r.kernelSize=normalizeArray(i,2,"kernelSize");r.kernelSize.forEach(function(e){return assertPositiveInteger(e,"kernelSize")});r.strides=normalizeArray(o||1,2,"strides");r.strides.forEach(function(e){return assertPositiveInteger(e,"strides")});r.padding=s||"valid";checkPaddingMode(r.padding);r.dataFormat=u||"channelsLast";checkDataFormat(r.dataFormat);r.dilationRate=normalizeArray(l||1,2,"dilationRate");r.dilationRate.forEach(function(e){return assertPositiveInteger(e,"dilationRate")});return r}ConvLSTM2DCell.prototype.build=function(e){var t;e=getExactlyOneShape(e);var r=this.dataFormat==="channelsFirst"?1:e.length-1;if(e[r]==null){throw new u("The channel dimension of the input should be defined. "+"Found ".concat(e[r]))}var n=e[r];var o=4;var s=this.kernelSize.concat([n,this.filters*o]);this.kernel=this.addWeight("kernel",s,null,this.kernelInitializer,this.kernelRegularizer,true,this.kernelConstraint);var l=this.kernelSize.concat([this.filters,this.filters*o]);this.recurrentKernel=this.addWeight("recurrent_kernel",l,null,this.recurrentInitializer,this.recurrentRegularizer,true,this.recurrentConstraint);if(this.useBias){var c=void 0;if(this.unitForgetBias){var p=this.biasInitializer;var f=this.filters;c=new(t=function(e){__extends(CustomInit,e);function CustomInit(){return e!==null&&e.apply(this,arguments)||this}CustomInit.prototype.apply=function(e,t){var r=p.apply([f]);var n=i.ones([f]);var o=p.apply([f*2]);return concatenate$1([r,n,o])};return CustomInit}(T),t.className="CustomInit",t)}else{c=this.biasInitializer}this.bias=this.addWeight("bias",[this.filters*o],null,c,this.biasRegularizer,true,this.biasConstraint)}this.built=true};ConvLSTM2DCell.prototype.call=function(e,t){var r=this;return i.tidy(function(){if(e.length!==3){throw new u("ConvLSTM2DCell expects 3 input Tensors (inputs, h, c), got "+"".concat(e.length,"."))}var n=t["training"]||false;var o=e[0];var s=e[1];var l=e[2];var c=4;if(0<r.dropout&&r.dropout<1&&r.dropoutMask==null){r.dropoutMask=generateDropoutMask({ones:function(){return i.onesLike(o)},rate:r.dropout,training:n,count:c,dropoutFunc:r.dropoutFunc})}var p=r.dropoutMask;var applyDropout=function(e,t,r){if(!t||!t[r]){return e}return i.mul(t[r],e)};var f=applyDropout(o,p,0);var d=applyDropout(o,p,1);var h=applyDropout(o,p,2);var v=applyDropout(o,p,3);if(0<r.recurrentDropout&&r.recurrentDropout<1&&r.recurrentDropoutMask==null){r.recurrentDropoutMask=generateDropoutMask({ones:function(){return i.onesLike(s)},rate:r.recurrentDropout,training:n,count:c,dropoutFunc:r.dropoutFunc})}var g=r.recurrentDropoutMask;var m=applyDropout(s,g,0);var y=applyDropout(s,g,1);var b=applyDropout(s,g,2);var k=applyDropout(s,g,3);var w=3;var _=__read(i.split(r.kernel.read(),c,w),4),x=_[0],S=_[1],I=_[2],N=_[3];var T=__read(r.useBias?i.split(r.bias.read(),c):[null,null,null,null],4),A=T[0],C=T[1],z=T[2],D=T[3];f=r.inputConv(f,x,A,r.padding);d=r.inputConv(d,S,C,r.padding);h=r.inputConv(h,I,z,r.padding);v=r.inputConv(v,N,D,r.padding);var E=__read(i.split(r.recurrentKernel.read(),c,w),4),F=E[0],M=E[1],R=E[2],L=E[3];m=r.recurrentConv(m,F);y=r.recurrentConv(y,M);b=r.recurrentConv(b,R);k=r.recurrentConv(k,L);var O=r.recurrentActivation.apply(i.add(f,m));var P=r.recurrentActivation.apply(i.add(d,y));var B=i.add(i.mul(P,l),i.mul(O,r.activation.apply(i.add(h,b))));var W=i.mul(r.recurrentActivation.apply(i.add(v,k)),r.activation.apply(B));return[W,W,B]})};ConvLSTM2DCell.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);t["units"];var r=pl(t,["units"]);var n={filters:this.filters,kernelSize:this.kernelSize,padding:this.padding,dataFormat:this.dataFormat,dilationRate:this.dilationRate,strides:this.strides};return Object.assign(Object.assign({},r),n)};ConvLSTM2DCell.prototype.inputConv=function(e,t,r,n){var o=i.conv2d(e,t,this.strides,n||"valid",this.dataFormat==="channelsFirst"?"NCHW":"NHWC",this.dilationRate);if(r){return biasAdd(o,r,this.dataFormat)}return o};ConvLSTM2DCell.prototype.recurrentConv=function(e,t){var r=1;return i.conv2d(e,t,r,"same",this.dataFormat==="channelsFirst"?"NCHW":"NHWC")};return ConvLSTM2DCell}(ul);dl.className="ConvLSTM2DCell";i.serialization.registerClass(dl);var hl=function(e){__extends(ConvLSTM2D,e);function ConvLSTM2D(t){var r=new dl(t);return e.call(this,Object.assign(Object.assign({},t),{cell:r}))||this}ConvLSTM2D.fromConfig=function(e,t){return new e(t)};return ConvLSTM2D}(fl);hl.className="ConvLSTM2D";i.serialization.registerClass(hl);var vl=function(e){__extends(Dropout,e);function Dropout(t){var r=e.call(this,t)||this;r.rate=Math.max(Math.min(t.rate,1),0);r.noiseShape=t.noiseShape;r.seed=t.seed;r.supportsMasking=true;return r}Dropout.prototype.getNoiseShape=function(e){if(this.noiseShape==null){return this.noiseShape}var t=e.shape;var r=[];for(var n=0;n<this.noiseShape.length;++n){r.push(this.noiseShape[n]==null?t[n]:this.noiseShape[n])}return r};Dropout.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var n=getExactlyOneTensor(e);if(0<r.rate&&r.rate<1){var i=t["training"]==null?false:t["training"];var o=r.getNoiseShape(n);var s=inTrainPhase(function(){return dropout$1(n,r.rate,o,r.seed)},function(){return n},i);return s}return e})};Dropout.prototype.getConfig=function(){var t={rate:this.rate,noiseShape:this.noiseShape,seed:this.seed};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};Dropout.prototype.dispose=function(){return e.prototype.dispose.call(this)};return Dropout}(X);vl.className="Dropout";n.serialization.registerClass(vl);var gl=function(e){__extends(SpatialDropout1D,e);function SpatialDropout1D(t){var r=e.call(this,t)||this;r.inputSpec=[{ndim:3}];return r}SpatialDropout1D.prototype.getNoiseShape=function(e){var t=e.shape;return[t[0],1,t[2]]};return SpatialDropout1D}(vl);gl.className="SpatialDropout1D";n.serialization.registerClass(gl);var ml=function(e){__extends(Dense,e);function Dense(t){var r=e.call(this,t)||this;r.activation=null;r.useBias=true;r.kernel=null;r.bias=null;r.DEFAULT_KERNEL_INITIALIZER="glorotNormal";r.DEFAULT_BIAS_INITIALIZER="zeros";if(t.batchInputShape==null&&t.inputShape==null&&t.inputDim!=null){var n=null;if(t.batchSize!=null){n=t.batchSize}r.batchInputShape=[n,t.inputDim]}r.units=t.units;assertPositiveInteger(r.units,"units");r.activation=getActivation(t.activation);if(t.useBias!=null){r.useBias=t.useBias}r.kernelInitializer=getInitializer(t.kernelInitializer||r.DEFAULT_KERNEL_INITIALIZER);r.biasInitializer=getInitializer(t.biasInitializer||r.DEFAULT_BIAS_INITIALIZER);r.kernelConstraint=getConstraint(t.kernelConstraint);r.biasConstraint=getConstraint(t.biasConstraint);r.kernelRegularizer=getRegularizer(t.kernelRegularizer);r.biasRegularizer=getRegularizer(t.biasRegularizer);r.activityRegularizer=getRegularizer(t.activityRegularizer);r.supportsMasking=true;r.inputSpec=[{minNDim:2}];return r}Dense.prototype.build=function(e){var t;e=getExactlyOneShape(e);var r=e[e.length-1];if(this.kernel==null){this.kernel=this.addWeight("kernel",[r,this.units],null,this.kernelInitializer,this.kernelRegularizer,true,this.kernelConstraint);if(this.useBias){this.bias=this.addWeight("bias",[this.units],null,this.biasInitializer,this.biasRegularizer,true,this.biasConstraint)}}this.inputSpec=[{minNDim:2,axes:(t={},t[-1]=r,t)}];this.built=true};Dense.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=e.slice();t[t.length-1]=this.units;return t};Dense.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var n=getExactlyOneTensor(e);var i=mapActivationToFusedKernel(r.activation.getClassName());var o;if(i!=null){o=dot$1(n,r.kernel.read(),i,r.bias?r.bias.read():null)}else{o=dot$1(n,r.kernel.read());if(r.bias!=null){o=biasAdd(o,r.bias.read())}if(r.activation!=null){o=r.activation.apply(o)}}return o})};Dense.prototype.getConfig=function(){var t={units:this.units,activation:serializeActivation(this.activation),useBias:this.useBias,kernelInitializer:serializeInitializer(this.kernelInitializer),biasInitializer:serializeInitializer(this.biasInitializer),kernelRegularizer:serializeRegularizer(this.kernelRegularizer),biasRegularizer:serializeRegularizer(this.biasRegularizer),activityRegularizer:serializeRegularizer(this.activityRegularizer),kernelConstraint:serializeConstraint(this.kernelConstraint),biasConstraint:serializeConstraint(this.biasConstraint)};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Dense}(X);ml.className="Dense";n.serialization.registerClass(ml);var yl=function(e){__extends(Flatten,e);function Flatten(t){var r=this;t=t||{};r=e.call(this,t)||this;r.inputSpec=[{minNDim:3}];r.dataFormat=t.dataFormat;return r}Flatten.prototype.computeOutputShape=function(e){var t,r;e=getExactlyOneShape(e);try{for(var n=__values(e.slice(1)),i=n.next();!i.done;i=n.next()){var o=i.value;if(o==null){throw new u('The shape of the input to "Flatten" is not fully defined '+"(got ".concat(e.slice(1),"). Make sure to pass a complete ")+'"input_shape" or "batch_input_shape" argument to the first '+"layer in your model.")}}}catch(e){t={error:e}}finally{try{if(i&&!i.done&&(r=n.return))r.call(n)}finally{if(t)throw t.error}}return[e[0],arrayProd(e,1)]};Flatten.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var i=getExactlyOneTensor(e);if(r.dataFormat==="channelsFirst"&&i.rank>1){var o=[0];for(var s=2;s<i.rank;++s){o.push(s)}o.push(1);i=n.transpose(i,o)}return batchFlatten(i)})};Flatten.prototype.getConfig=function(){var t={};if(this.dataFormat!=null){t["dataFormat"]=this.dataFormat}var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Flatten}(X);yl.className="Flatten";n.serialization.registerClass(yl);var bl=function(e){__extends(Activation,e);function Activation(t){var r=e.call(this,t)||this;r.supportsMasking=true;r.activation=getActivation(t.activation);return r}Activation.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var n=getExactlyOneTensor(e);return r.activation.apply(n)})};Activation.prototype.getConfig=function(){var t={activation:serializeActivation(this.activation)};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Activation}(X);bl.className="Activation";n.serialization.registerClass(bl);var kl=function(e){__extends(RepeatVector,e);function RepeatVector(t){var r=e.call(this,t)||this;r.n=t.n;r.inputSpec=[{ndim:2}];return r}RepeatVector.prototype.computeOutputShape=function(e){return[e[0],this.n,e[1]]};RepeatVector.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=getExactlyOneTensor(e);return repeat(e,r.n)})};RepeatVector.prototype.getConfig=function(){var t={n:this.n};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return RepeatVector}(X);kl.className="RepeatVector";n.serialization.registerClass(kl);var wl=function(e){__extends(Reshape,e);function Reshape(t){var r=e.call(this,t)||this;r.targetShape=t.targetShape;for(var n=0;n<r.targetShape.length;++n){if(r.isUnknown(r.targetShape[n])){r.targetShape[n]=null}}return r}Reshape.prototype.isUnknown=function(e){return e<0||e==null};Reshape.prototype.fixUnknownDimension=function(e,t){var r="Total size of new array must be unchanged.";var n=t.slice();var i=1;var o=null;for(var s=0;s<n.length;++s){var l=n[s];if(this.isUnknown(l)){if(o===null){o=s}else{throw new u("Can only specifiy one unknown dimension.")}}else{i*=l}}var c=arrayProd(e);if(o!==null){if(i===0||c%i!==0){throw new u(r)}n[o]=c/i}else if(c!==i){throw new u(r)}return n};Reshape.prototype.computeOutputShape=function(e){var t=false;for(var r=0;r<e.length;++r){if(this.isUnknown(e[r])){t=true;break}}if(t){return e.slice(0,1).concat(this.targetShape)}else{return e.slice(0,1).concat(this.fixUnknownDimension(e.slice(1),this.targetShape))}};Reshape.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var i=getExactlyOneTensor(e);var o=i.shape;var s=o.slice(0,1).concat(r.fixUnknownDimension(o.slice(1),r.targetShape));return n.reshape(i,s)})};Reshape.prototype.getConfig=function(){var t={targetShape:this.targetShape};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Reshape}(X);wl.className="Reshape";n.serialization.registerClass(wl);var _l=function(e){__extends(Permute,e);function Permute(t){var r=e.call(this,t)||this;if(t.dims==null){throw new Error("Required configuration field `dims` is missing during Permute "+"constructor call.")}if(!Array.isArray(t.dims)){throw new Error("Permute constructor requires `dims` to be an Array, but received "+"".concat(t.dims," instead."))}var i=range(1,t.dims.length+1);if(!n.util.arraysEqual(t.dims.slice().sort(),i)){throw new Error("Invalid permutation `dims`: "+JSON.stringify(t.dims)+" `dims` must contain consecutive integers starting from 1.")}r.dims=t.dims;r.dimsIncludingBatch=[0].concat(r.dims);r.inputSpec=[new K({ndim:r.dims.length+1})];return r}Permute.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=e.slice();this.dims.forEach(function(r,n){t[n+1]=e[r]});return t};Permute.prototype.call=function(e,t){return n.transpose(getExactlyOneTensor(e),this.dimsIncludingBatch)};Permute.prototype.getConfig=function(){var t={dims:this.dims};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Permute}(X);_l.className="Permute";n.serialization.registerClass(_l);var xl=function(e){__extends(Masking,e);function Masking(t){var r=e.call(this,t==null?{}:t)||this;r.supportsMasking=true;if(t!=null){r.maskValue=t.maskValue==null?0:t.maskValue}else{r.maskValue=0}return r}Masking.prototype.computeOutputShape=function(e){return e};Masking.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var r={maskValue:this.maskValue};Object.assign(r,t);return r};Masking.prototype.computeMask=function(e,t){var r=getExactlyOneTensor(e);var i=-1;return n.any(n.notEqual(r,this.maskValue),i)};Masking.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var i=getExactlyOneTensor(e);var o=-1;var s=true;var u=n.any(n.notEqual(i,r.maskValue),o,s);var l=n.mul(i,n.cast(u,i.dtype));return l})};return Masking}(X);xl.className="Masking";n.serialization.registerClass(xl);var Sl=function(e){__extends(Embedding,e);function Embedding(t){var r=e.call(this,t)||this;r.embeddings=null;r.DEFAULT_EMBEDDINGS_INITIALIZER="randomUniform";if(t.batchInputShape==null&&t.inputShape==null){var n=null;if(t.batchSize!=null){n=t.batchSize}if(t.inputLength==null){r.batchInputShape=[n,null]}else{r.batchInputShape=[n].concat(toList(t.inputLength))}}r.inputDim=t.inputDim;assertPositiveInteger(r.inputDim,"inputDim");r.outputDim=t.outputDim;assertPositiveInteger(r.outputDim,"outputDim");r.embeddingsInitializer=getInitializer(t.embeddingsInitializer||r.DEFAULT_EMBEDDINGS_INITIALIZER);r.embeddingsRegularizer=getRegularizer(t.embeddingsRegularizer);r.activityRegularizer=getRegularizer(t.activityRegularizer);r.embeddingsConstraint=getConstraint(t.embeddingsConstraint);r.maskZero=t.maskZero;r.supportsMasking=t.maskZero;r.inputLength=t.inputLength;return r}Embedding.prototype.build=function(e){this.embeddings=this.addWeight("embeddings",[this.inputDim,this.outputDim],this.dtype,this.embeddingsInitializer,this.embeddingsRegularizer,true,this.embeddingsConstraint);this.built=true};Embedding.prototype.warnOnIncompatibleInputShape=function(e){};Embedding.prototype.computeMask=function(e,t){var r=this;return n.tidy(function(){if(!r.maskZero){return null}else{e=getExactlyOneTensor(e);return n.notEqual(e,n.zerosLike(e))}})};Embedding.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);if(this.inputLength==null){return __spreadArray(__spreadArray([],__read(e),false),[this.outputDim],false)}var t=toList(this.inputLength);if(t.length!==e.length-1){throw new u('"inputLength" is '.concat(this.inputLength,", but received ")+"input shape has shape ".concat(e))}else{var r=0;for(var n=0;n<t.length;++n){var i=t[n];var o=e[n+1];if(i!=null&&o!=null&&i!==o){throw new u('"inputLength" is '.concat(this.inputLength,", but received ")+"input shape has shape ".concat(e))}else if(i==null){t[r]=o}r++}}return __spreadArray(__spreadArray([e[0]],__read(t),false),[this.outputDim],false)};Embedding.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var i=getExactlyOneTensor(e);if(i.dtype!=="int32"){i=cast$1(i,"int32")}var o=gather$1(r.embeddings.read(),n.reshape(i,[i.size]));return n.reshape(o,getExactlyOneShape(r.computeOutputShape(i.shape)))})};Embedding.prototype.getConfig=function(){var t={inputDim:this.inputDim,outputDim:this.outputDim,embeddingsInitializer:serializeInitializer(this.embeddingsInitializer),embeddingsRegularizer:serializeRegularizer(this.embeddingsRegularizer),activityRegularizer:serializeRegularizer(this.activityRegularizer),embeddingsConstraint:serializeConstraint(this.embeddingsConstraint),maskZero:this.maskZero,inputLength:this.inputLength};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Embedding}(X);Sl.className="Embedding";n.serialization.registerClass(Sl);var Il=function(e){__extends(Merge,e);function Merge(t){var r=e.call(this,t||{})||this;r.supportsMasking=true;return r}Merge.prototype.mergeFunction=function(e){throw new l};Merge.prototype.computeElementwiseOpOutputShape=function(e,t){if(e==null||t==null){return null}else if(e.length<t.length){return this.computeElementwiseOpOutputShape(t,e)}else if(t.length===0){return e}var r=e.slice(0,e.length-t.length);for(var n=0;n<t.length;++n){var i=e[e.length-t.length+n];var o=t[n];if(i==null||o==null||i<0||o<0){r.push(null)}else if(i===1){r.push(o)}else if(o===1){r.push(i)}else{if(i!==o){throw new u("Operands could not be broadcast together with shapes "+JSON.stringify(e)+" "+JSON.stringify(t))}r.push(i)}}return r};Merge.prototype.build=function(e){var t,r;if(Array.isArray(e)&&!Array.isArray(e[0])){e=[getExactlyOneShape(e)]}e=e;if(e.length<2){throw new u("A merge layer should be called on an Array of at least 2 inputs."+" Got ".concat(e.length," input(s)."))}var n=[];try{for(var i=__values(e),o=i.next();!o.done;o=i.next()){var s=o.value;if(s!=null&&s[0]!==null){n.push(s[0])}}}catch(e){t={error:e}}finally{try{if(o&&!o.done&&(r=i.return))r.call(i)}finally{if(t)throw t.error}}n=unique(n);if(n.length>1){throw new u("Can not merge tensors with different batch sizes. "+"Got tensors with shapes: ".concat(JSON.stringify(e),"."))}var l=e[0]==null?null:e[0].slice(1);for(var c=1;c<e.length;++c){var s=e[c]==null?null:e[c].slice(1);l=this.computeElementwiseOpOutputShape(l,s)}var p=e.map(function(e){return e.length});if(e.indexOf(null)===-1&&unique(p).length===1){this.reshapeRequired=false}else{this.reshapeRequired=true}};Merge.prototype.call=function(e,t){var r=this;return n.tidy(function(){var t,n,o,s;e=e;if(r.reshapeRequired){var u=[];var l=e.map(function(e){return e.rank});if(l.indexOf(null)===-1){var c=max(l);try{for(var p=__values(e),f=p.next();!f.done;f=p.next()){var d=f.value;var h=d.rank;for(var v=0;v<c-h;++v){d=expandDims$1(d,1)}u.push(d)}}catch(e){t={error:e}}finally{try{if(f&&!f.done&&(n=p.return))n.call(p)}finally{if(t)throw t.error}}return r.mergeFunction(u)}else{var g=false;try{for(var m=__values(e),y=m.next();!y.done;y=m.next()){var d=y.value;var h=d.rank;if(h==null){var b=d.shape;var k=b[0];var w=b.slice(1).concat([k]);var _=i.reshape(d,[k].concat(arrayProd(b.slice(1))));_=i.transpose(_,[1,0]);_=i.reshape(_,w);u.push(_);g=true}else if(h>1){var x=range(1,h).concat([0]);u.push(i.transpose(d,x));g=true}else{u.push(d)}}}catch(e){o={error:e}}finally{try{if(y&&!y.done&&(s=m.return))s.call(m)}finally{if(o)throw o.error}}var S=r.mergeFunction(u);var I=S.rank;if(g){if(I==null){var N=S.shape;var T=N.length;var k=N[T-1];var w=[k].concat(N.slice(0,N.length-1));S=i.reshape(i.transpose(i.reshape(S,[-1,k]),[1,0]),w)}else if(I>1){var x=[I-1].concat(range(0,I-1));S=i.transpose(S,x)}}return S}}else{return r.mergeFunction(e)}})};Merge.prototype.computeOutputShape=function(e){var t,r;e=e;var n;if(e[0]==null){n=null}else{n=e[0].slice(1)}for(var i=1;i<e.length;++i){var o=e[i]==null?null:e[i].slice(1);n=this.computeElementwiseOpOutputShape(n,o)}var s=[];try{for(var u=__values(e),l=u.next();!l.done;l=u.next()){var o=l.value;if(o!=null&&o[0]!==null){s.push(o[0])}}}catch(e){t={error:e}}finally{try{if(l&&!l.done&&(r=u.return))r.call(u)}finally{if(t)throw t.error}}s=unique(s);if(s.length===1){n=s.concat(n)}else{n=[null].concat(n)}return n};Merge.prototype.computeMask=function(e,t){return i.tidy(function(){if(t==null){return null}if(!Array.isArray(t)){throw new u("`mask` should be an Array")}if(!Array.isArray(e)){throw new u("`inputs` should be an Array")}if(t.length!==e.length){throw new u("The Array 'inputs' and 'mask' are expected to have the same "+"length, but have different lengths "+"(".concat(e.length," vs ").concat(t.length,")"))}if(t.every(function(e){return e==null})){return null}t=t.map(function(e){return e==null?e:i.expandDims(e,0)});var r=t[0];for(var n=1;n<t.length-1;++n){r=i.logicalAnd(r,t[n])}return r})};return Merge}(X);var Nl=function(e){__extends(Add,e);function Add(t){return e.call(this,t)||this}Add.prototype.mergeFunction=function(e){return n.tidy(function(){var t=e[0].clone();for(var r=1;r<e.length;++r){t=i.add(t,e[r])}return t})};return Add}(Il);Nl.className="Add";n.serialization.registerClass(Nl);var Tl=function(e){__extends(Multiply,e);function Multiply(t){return e.call(this,t)||this}Multiply.prototype.mergeFunction=function(e){return n.tidy(function(){var t=e[0].clone();for(var r=1;r<e.length;++r){t=i.mul(t,e[r])}return t})};return Multiply}(Il);Tl.className="Multiply";n.serialization.registerClass(Tl);var Al=function(e){__extends(Average,e);function Average(t){return e.call(this,t)||this}Average.prototype.mergeFunction=function(e){return n.tidy(function(){var t=e[0].clone();for(var r=1;r<e.length;++r){t=i.add(t,e[r])}return i.mul(1/e.length,t)})};return Average}(Il);Al.className="Average";n.serialization.registerClass(Al);var Cl=function(e){__extends(Maximum,e);function Maximum(t){return e.call(this,t)||this}Maximum.prototype.mergeFunction=function(e){return n.tidy(function(){var t=e[0];for(var r=1;r<e.length;++r){t=i.maximum(t,e[r])}return t})};return Maximum}(Il);Cl.className="Maximum";n.serialization.registerClass(Cl);var zl=function(e){__extends(Minimum,e);function Minimum(t){return e.call(this,t)||this}Minimum.prototype.mergeFunction=function(e){return n.tidy(function(){var t=e[0];for(var r=1;r<e.length;++r){t=i.minimum(t,e[r])}return t})};return Minimum}(Il);zl.className="Minimum";n.serialization.registerClass(zl);var Dl=function(e){__extends(Concatenate,e);function Concatenate(t){var r=e.call(this,t)||this;r.DEFAULT_AXIS=-1;if(t==null){t={}}r.axis=t.axis==null?r.DEFAULT_AXIS:t.axis;r.supportsMasking=true;r.reshapeRequired=false;return r}Concatenate.prototype.build=function(e){var t,r,i,o;if(!(Array.isArray(e)&&Array.isArray(e[0]))||e.length===1){throw new u("A `Concatenate` layer should be called on a list of at least 2 "+"inputs")}e=e;var s=true;try{for(var l=__values(e),c=l.next();!c.done;c=l.next()){var p=c.value;if(p!=null){s=false;break}}}catch(e){t={error:e}}finally{try{if(c&&!c.done&&(r=l.return))r.call(l)}finally{if(t)throw t.error}}if(s){return}var f=[];for(var d=0;d<e.length;++d){var h=e[d].slice();h.splice(this.axis,1);var v=false;try{for(var g=(i=void 0,__values(f)),m=g.next();!m.done;m=g.next()){var p=m.value;if(n.util.arraysEqual(p,h)){v=true;break}}}catch(e){i={error:e}}finally{try{if(m&&!m.done&&(o=g.return))o.call(g)}finally{if(i)throw i.error}}if(!v){f.push(h)}}if(f.length>1){throw new u("A `Concatenate` layer requires inputs with matching shapes "+"except for the concat axis. Got input shapes: "+JSON.stringify(e))}};Concatenate.prototype.mergeFunction=function(e){var t=this;return n.tidy(function(){return concatenate$1(e,t.axis)})};Concatenate.prototype.computeOutputShape=function(e){var t,r;if(!(Array.isArray(e)&&Array.isArray(e[0]))){throw new u("A `Concatenate` layer should be called on a list of inputs.")}var n=e;var i=n[0].slice();var o=this.axis<0?i.length+this.axis:this.axis;try{for(var s=__values(n.slice(1)),l=s.next();!l.done;l=s.next()){var c=l.value;if(i[o]==null||c[o]==null){i[o]=null;break}i[o]+=c[o]}}catch(e){t={error:e}}finally{try{if(l&&!l.done&&(r=s.return))r.call(s)}finally{if(t)throw t.error}}return i};Concatenate.prototype.computeMask=function(e,t){var r=this;if(t==null){return null}if(!Array.isArray(t)){throw new u("`mask` should be an array for Concatenate")}if(!Array.isArray(e)){throw new u("`inputs` should be an array for Concatenate")}if(t.length!==e.length){throw new u("Mismatch in the length of mask (".concat(t.length,") ")+"and the legnth of inputs (".concat(e.length,")"))}return i.tidy(function(){var n=true;t.forEach(function(e){if(e!=null){n=false;return}});if(n){return null}var o=[];for(var s=0;s<e.length;++s){if(t[s]==null){o.push(i.cast(i.onesLike(e[s]),"bool"))}else if(t[s].rank<e[s].rank){o.push(i.expandDims(t[s],-1))}else{o.push(t[s])}}var u=i.concat(o,r.axis);return i.all(u,-1,false)})};Concatenate.prototype.getConfig=function(){var t={axis:this.axis};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Concatenate}(Il);Dl.className="Concatenate";n.serialization.registerClass(Dl);function interpretAxis(e,t){while(e<0){e+=t}return e}function batchDot(e,t,r){if(e.shape.length>3||t.shape.length>3){throw new l("batchDot is not implemented for tensors of 4D or higher rank yet")}i.util.assert(e.shape.length>=2,function(){return"batchDot requires the rank of x to be >= 2, "+"but got ".concat(e.shape.length)});i.util.assert(e.shape.length>=2,function(){return"batchDot requires the rank of y to be >= 2, "+"but got ".concat(t.shape.length)});if(typeof r==="number"){r=[r,r]}if(e.dtype==="complex64"||t.dtype==="complex64"){throw new l("batchDot is not implemented for complex64-type Tensors yet.")}var n=e.shape.length;var o=t.shape.length;if(r==null){r=[n-1,o-2]}var s=r;return i.tidy(function(){var r;if(n>o){r=n-o;var u=[];for(var l=0;l<r;++l){u.push(1)}t=i.reshape(t,t.shape.concat(u))}else if(o>n){r=o-n;var u=[];for(var l=0;l<r;++l){u.push(1)}e=i.reshape(e,e.shape.concat(u))}else{r=0}var c;if(e.shape.length===2&&t.shape.length===2){if(s[0]===s[1]){c=i.sum(i.mul(e,t),s[0])}else{c=i.sum(i.mul(i.transpose(e,[1,0]),t),s[1])}}else{var p=s[0]!==e.shape.length-1;var f=s[1]===t.shape.length-1;c=i.matMul(e,t,p,f)}if(r>0){var d=void 0;if(n>o){d=n+o-3}else{d=n-1}var h=[];for(var l=d;l<d+r;++l){h.push(l)}c=i.squeeze(c,h)}if(c.shape.length===1){c=i.expandDims(c,1)}return c})}var El=function(e){__extends(Dot,e);function Dot(t){var r=e.call(this,t)||this;r.axes=t.axes;r.normalize=t.normalize==null?false:t.normalize;r.supportsMasking=true;r.reshapeRequired=false;return r}Dot.prototype.build=function(e){i.util.assert(Array.isArray(e)&&e.length===2&&Array.isArray(e[0])&&Array.isArray(e[1]),function(){return"A `Dot` layer should be called on a list of exactly 2 inputs."});var t=e[0];var r=e[1];if(t.length>3||r.length>3){throw new l("Dot layer does not support tensors of 4D or higher rank yet.")}var n=this.interpretAxes(t,r);if(t[n[0]]!==r[n[1]]){throw new u("Dimension incompatibility: "+"".concat(t[n[0]]," !== ").concat(r[n[1]]))}};Dot.prototype.mergeFunction=function(e){if(e.length!==2){throw new u("A `Dot` layer must be called on exactly 2 inputs, "+"but received ".concat(e.length," input(s)."))}var t=e[0];var r=e[1];var n;if(!Array.isArray(this.axes)){n=[interpretAxis(this.axes,t.shape.length),interpretAxis(this.axes,r.shape.length)]}else{n=this.axes.map(function(t,r){return interpretAxis(t,e[r].shape.length)})}if(this.normalize){t=l2Normalize(t,n[0]);r=l2Normalize(r,n[1])}return batchDot(t,r,n)};Dot.prototype.interpretAxes=function(e,t){var r;if(!Array.isArray(this.axes)){r=[interpretAxis(this.axes,e.length),interpretAxis(this.axes,t.length)]}else{r=this.axes}return r};Dot.prototype.computeOutputShape=function(e){i.util.assert(Array.isArray(e)&&e.length===2&&Array.isArray(e[0])&&Array.isArray(e[1]),function(){return"A `Dot` layer should be called on a list of exactly 2 inputs."});var t=e[0].slice();var r=e[1].slice();if(t.length>3||r.length>3){throw new l("Dot layer does not support tensors of 4D or higher rank yet.")}var n=this.interpretAxes(t,r);t.splice(n[0],1);r.splice(n[1],1);r.splice(0,1);var o=t.concat(r);if(o.length===1){o.push(1)}return o};Dot.prototype.computeMask=function(e,t){return null};Dot.prototype.getConfig=function(){var t={axes:this.axes,normalize:this.normalize};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Dot}(Il);El.className="Dot";n.serialization.registerClass(El);var Fl=function(e){__extends(GaussianNoise,e);function GaussianNoise(t){var r=e.call(this,t)||this;r.supportsMasking=true;r.stddev=t.stddev;return r}GaussianNoise.prototype.computeOutputShape=function(e){return e};GaussianNoise.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var r={stddev:this.stddev};Object.assign(r,t);return r};GaussianNoise.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var i=getExactlyOneTensor(e);var noised=function(){return n.add(randomNormal$1(i.shape,0,r.stddev),i)};var o=inTrainPhase(noised,function(){return i},t["training"]||false);return o})};return GaussianNoise}(X);Fl.className="GaussianNoise";n.serialization.registerClass(Fl);var Ml=function(e){__extends(GaussianDropout,e);function GaussianDropout(t){var r=e.call(this,t)||this;r.supportsMasking=true;r.rate=t.rate;return r}GaussianDropout.prototype.computeOutputShape=function(e){return e};GaussianDropout.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var r={rate:this.rate};Object.assign(r,t);return r};GaussianDropout.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);var i=getExactlyOneTensor(e);if(r.rate>0&&r.rate<1){var noised=function(){var e=Math.sqrt(r.rate/(1-r.rate));return n.mul(i,randomNormal$1(i.shape,1,e))};return inTrainPhase(noised,function(){return i},t["training"]||false)}return i})};return GaussianDropout}(X);Ml.className="GaussianDropout";n.serialization.registerClass(Ml);var Rl=function(e){__extends(AlphaDropout,e);function AlphaDropout(t){var r=e.call(this,t)||this;r.supportsMasking=true;r.rate=t.rate;r.noiseShape=t.noiseShape;return r}AlphaDropout.prototype._getNoiseShape=function(e){return this.noiseShape||getExactlyOneTensor(e).shape};AlphaDropout.prototype.computeOutputShape=function(e){return e};AlphaDropout.prototype.getConfig=function(){var t=e.prototype.getConfig.call(this);var r={rate:this.rate};Object.assign(r,t);return r};AlphaDropout.prototype.call=function(e,t){var r=this;return n.tidy(function(){if(r.rate<1&&r.rate>0){var i=r._getNoiseShape(e);var droppedInputs=function(){var t=getExactlyOneTensor(e);var o=1.6732632423543772;var s=1.0507009873554805;var u=-o*s;var l=n.greaterEqual(n.randomUniform(i),r.rate);l=cast$1(l,"float32");var c=Math.pow((1-r.rate)*(1+r.rate*Math.pow(u,2)),-.5);var p=-c*u*r.rate;var f=n.add(n.mul(t,l),n.mul(n.add(l,-1),u));return n.add(n.mul(f,c),p)};return inTrainPhase(droppedInputs,function(){return getExactlyOneTensor(e)},t["training"]||false)}return e})};return AlphaDropout}(X);Rl.className="AlphaDropout";n.serialization.registerClass(Rl);function batchNormalization$1(e,t,r,n,o,s){if(s===void 0){s=.001}var u;if(e.rank===2){u=i.batchNorm2d(e,t,r,n,o,s)}else if(e.rank===3){u=i.batchNorm3d(e,t,r,n,o,s)}else if(e.rank===4){u=i.batchNorm4d(e,t,r,n,o,s)}else{throw new l("batchNormalization is not implemented for array of rank ".concat(e.rank," ")+"yet")}return u}function regularNormalizeBatchInTraining(e,t,r,o,s){if(s===void 0){s=.001}return n.tidy(function(){var n=i.moments(e,o);var u=n.mean;var l=n.variance;var c=batchNormalization$1(e,u,l,r,t,s);return[c,u,l]})}function broadcastNormalizeBatchInTraining(e,t,r,o,s){if(s===void 0){s=.001}return n.tidy(function(){var u,l;var c=i.moments(e,o);var p=c.mean;var f=c.variance;var d=[];try{for(var h=__values(range(0,e.rank)),v=h.next();!v.done;v=h.next()){var g=v.value;if(o.indexOf(g)!==-1){d.push(1)}else{d.push(e.shape[g])}}}catch(e){u={error:e}}finally{try{if(v&&!v.done&&(l=h.return))l.call(h)}finally{if(u)throw u.error}}var m=n.reshape(p,d);var y=n.reshape(f,d);var b=t==null?null:n.reshape(t,d);var k=r==null?null:n.reshape(r,d);var w=batchNormalization$1(e,m,y,k,b,s);return[w,p,f]})}function normalizeBatchInTraining(e,t,r,i,o){if(o===void 0){o=.001}if(n.util.arraysEqual(i.slice().sort(),range(0,e.rank-1))){return regularNormalizeBatchInTraining(e,t,r,i,o)}else{return broadcastNormalizeBatchInTraining(e,t,r,i,o)}}var Ll=function(e){__extends(BatchNormalization,e);function BatchNormalization(t){var r=this;if(t==null){t={}}r=e.call(this,t)||this;r.supportsMasking=true;r.axis=t.axis==null?-1:t.axis;r.momentum=t.momentum==null?.99:t.momentum;r.epsilon=t.epsilon==null?.001:t.epsilon;r.center=t.center==null?true:t.center;r.scale=t.scale==null?true:t.scale;r.betaInitializer=getInitializer(t.betaInitializer||"zeros");r.gammaInitializer=getInitializer(t.gammaInitializer||"ones");r.movingMeanInitializer=getInitializer(t.movingMeanInitializer||"zeros");r.movingVarianceInitializer=getInitializer(t.movingVarianceInitializer||"ones");r.betaConstraint=getConstraint(t.betaConstraint);r.gammaConstraint=getConstraint(t.gammaConstraint);r.betaRegularizer=getRegularizer(t.betaRegularizer);r.gammaRegularizer=getRegularizer(t.gammaRegularizer);return r}BatchNormalization.prototype.build=function(e){var t;e=getExactlyOneShape(e);var r=this.axis>=0?this.axis:this.axis+e.length;var n=e[r];if(n==null){throw new u("Axis ".concat(r," of input tensor should have a defined dimension but ")+"the layer received an input with shape "+"".concat(JSON.stringify(e),"."))}this.inputSpec=[new K({ndim:e.length,axes:(t={},t[r]=n,t)})];var i=[n];if(this.scale){this.gamma=this.addWeight("gamma",i,null,this.gammaInitializer,this.gammaRegularizer,true,this.gammaConstraint)}if(this.center){this.beta=this.addWeight("beta",i,null,this.betaInitializer,this.betaRegularizer,true,this.betaConstraint)}this.movingMean=this.addWeight("moving_mean",i,null,this.movingMeanInitializer,null,false);this.movingVariance=this.addWeight("moving_variance",i,null,this.movingVarianceInitializer,null,false);this.built=true};BatchNormalization.prototype.call=function(e,t){var r=this;return n.tidy(function(){var o=t["training"]==null?false:t["training"];var s=getExactlyOneTensor(e);var u=s.shape;var l=u.length;var c=range(0,l);var p=r.axis>=0?r.axis:r.axis+l;c.splice(p,1);var f=pyListRepeat(1,l);f[p]=u[p];var d=c.slice();d.sort();var h=!n.util.arraysEqual(d,range(0,l).slice(0,l-1));var normalizeInference=function(){if(h){var e=n.reshape(r.movingMean.read(),f);var t=n.reshape(r.movingVariance.read(),f);var i=r.center?n.reshape(r.beta.read(),f):null;var o=r.scale?n.reshape(r.gamma.read(),f):null;return batchNormalization$1(s,e,t,i,o,r.epsilon)}else{return batchNormalization$1(s,r.movingMean.read(),r.movingVariance.read(),r.beta==null?null:r.beta.read(),r.gamma==null?null:r.gamma.read(),r.epsilon)}};if(!o){return normalizeInference()}var v=__read(normalizeBatchInTraining(s,r.gamma.read(),r.beta.read(),c,r.epsilon),3),g=v[0],m=v[1],y=v[2];var doMovingAverage=function(e,t,r){i.tidy(function(){var n=1-r;var o=e.read();var s=i.mul(i.sub(o,t),n);e.write(i.sub(o,s))})};var updateMovingMeanAndVariance=function(){doMovingAverage(r.movingMean,m,r.momentum);doMovingAverage(r.movingVariance,y,r.momentum)};updateMovingMeanAndVariance();return g})};BatchNormalization.prototype.getConfig=function(){var t={axis:this.axis,momentum:this.momentum,epsilon:this.epsilon,center:this.center,scale:this.scale,betaInitializer:serializeInitializer(this.betaInitializer),gammaInitializer:serializeInitializer(this.gammaInitializer),movingMeanInitializer:serializeInitializer(this.movingMeanInitializer),movingVarianceInitializer:serializeInitializer(this.movingVarianceInitializer),betaRegularizer:serializeRegularizer(this.betaRegularizer),gammaRegularizer:serializeRegularizer(this.gammaRegularizer),betaConstraint:serializeConstraint(this.betaConstraint),gammaConstraint:serializeConstraint(this.gammaConstraint)};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return BatchNormalization}(X);Ll.className="BatchNormalization";n.serialization.registerClass(Ll);var Ol=function(e){__extends(LayerNormalization,e);function LayerNormalization(t){var r,n;var i=this;if(t==null){t={}}i=e.call(this,t)||this;i.axis=t.axis==null?-1:t.axis;if(typeof i.axis==="number"){if(!Number.isInteger(i.axis)){throw new Error("Expected axis to be an integer, but received ".concat(i.axis))}}else if(Array.isArray(i.axis)){try{for(var o=__values(i.axis),s=o.next();!s.done;s=o.next()){var u=s.value;if(!Number.isInteger(u)){throw new Error("Expected axis to be an array of integers, "+"but received ".concat(JSON.stringify(i.axis)))}}}catch(e){r={error:e}}finally{try{if(s&&!s.done&&(n=o.return))n.call(o)}finally{if(r)throw r.error}}}else{throw new Error("Expected axis to be an integer or an array of integers, "+"but received ".concat(JSON.stringify(i.axis)))}i.epsilon=t.epsilon==null?.001:t.epsilon;i.center=t.center==null?true:t.center;i.scale=t.scale==null?true:t.scale;i.betaInitializer=getInitializer(t.betaInitializer||"zeros");i.gammaInitializer=getInitializer(t.gammaInitializer||"ones");i.betaRegularizer=getRegularizer(t.betaRegularizer);i.gammaRegularizer=getRegularizer(t.gammaRegularizer);i.supportsMasking=true;return i}LayerNormalization.prototype.build=function(e){var t,r;e=getExactlyOneShape(e);var n=e.length;if(typeof this.axis==="number"){this.axis=[this.axis]}for(var i=0;i<this.axis.length;++i){if(this.axis[i]<0){this.axis[i]+=n}}try{for(var o=__values(this.axis),s=o.next();!s.done;s=o.next()){var u=s.value;if(u<0||u>=n){throw new Error("Invalid axis: ".concat(u))}}}catch(e){t={error:e}}finally{try{if(s&&!s.done&&(r=o.return))r.call(o)}finally{if(t)throw t.error}}if(this.axis.length!==unique(this.axis).length){throw new Error("Found duplicate axes in: ".concat(this.axis))}var l=this.axis.map(function(t){return e[t]});var c=true;if(this.scale){this.gamma=this.addWeight("gamma",l,"float32",this.gammaInitializer,this.gammaRegularizer,c)}else{this.gamma=null}if(this.center){this.beta=this.addWeight("beta",l,"float32",this.betaInitializer,this.betaRegularizer,c)}else{this.beta=null}this.built=true};LayerNormalization.prototype.call=function(e,t){var r=this;var o=getExactlyOneTensor(e);var s=o.shape;var u=s.length;return n.tidy(function(){var e,t;var l=true;var c=n.moments(o,r.axis,l),p=c.mean,f=c.variance;var d=pyListRepeat(1,u);try{for(var h=__values(r.axis),v=h.next();!v.done;v=h.next()){var g=v.value;d[g]=s[g]}}catch(t){e={error:t}}finally{try{if(v&&!v.done&&(t=h.return))t.call(h)}finally{if(e)throw e.error}}var broadcast=function(e){if(e!=null&&e.shape.length!==u){return i.reshape(e,d)}else{return e}};var m=r.scale?broadcast(r.gamma.read()):null;var y=r.center?broadcast(r.beta.read()):null;var b=[];var k=[];for(var w=0;w<u;++w){if(r.axis.indexOf(w)!==-1){b.push(s[w]);k.push(1)}else{b.push(1);k.push(s[w])}}p=i.tile(p,b);f=i.tile(f,b);if(m!=null){m=i.tile(m,k)}if(y!=null){y=i.tile(y,k)}return batchNormalization$1(o,p,f,y,m,r.epsilon)})};LayerNormalization.prototype.getConfig=function(){var t={axis:this.axis,epsilon:this.epsilon,center:this.center,scale:this.scale,betaInitializer:serializeInitializer(this.betaInitializer),gammaInitializer:serializeInitializer(this.gammaInitializer),betaRegularizer:serializeRegularizer(this.betaRegularizer),gammaRegularizer:serializeRegularizer(this.gammaRegularizer)};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return LayerNormalization}(X);Ol.className="LayerNormalization";n.serialization.registerClass(Ol);function spatial2dPadding(e,t,r){return n.tidy(function(){if(e.rank!==4){throw new u("temporalPadding expects input tensor to be 4-D, but received a "+"".concat(e.rank,"-D tensor."))}if(t==null){t=[[1,1],[1,1]]}if(t.length!==2||t[0].length!==2||t[1].length!==2){throw new u("spatial2dPadding expects `padding` to be an Array of two Arrays, "+"each of which is an Array of two integers.")}if(r==null){r=imageDataFormat()}if(r!=="channelsLast"&&r!=="channelsFirst"){throw new u("Unknown data format: ".concat(r,". ")+"Supported data formats are 'channelsLast' and 'channelsFirst.")}var n;if(r==="channelsFirst"){n=[[0,0],[0,0],t[0],t[1]]}else{n=[[0,0],t[0],t[1],[0,0]]}return i.pad(e,n)})}var Pl=function(e){__extends(ZeroPadding2D,e);function ZeroPadding2D(t){var r=this;if(t==null){t={}}r=e.call(this,t)||this;r.dataFormat=t.dataFormat==null?imageDataFormat():t.dataFormat;if(t.padding==null){r.padding=[[1,1],[1,1]]}else if(typeof t.padding==="number"){r.padding=[[t.padding,t.padding],[t.padding,t.padding]]}else{t.padding=t.padding;if(t.padding.length!==2){throw new u("ZeroPadding2D expects padding to be a length-2 array, but "+"received a length-".concat(t.padding.length," array."))}var n=void 0;var i=void 0;if(typeof t.padding[0]==="number"){n=[t.padding[0],t.padding[0]];i=[t.padding[1],t.padding[1]]}else{t.padding=t.padding;if(t.padding[0].length!==2){throw new u("ZeroPadding2D expects height padding to be a length-2 array, "+"but received a length-".concat(t.padding[0].length," array."))}n=t.padding[0];if(t.padding[1].length!==2){throw new u("ZeroPadding2D expects width padding to be a length-2 array, "+"but received a length-".concat(t.padding[1].length," array."))}i=t.padding[1]}r.padding=[n,i]}r.inputSpec=[new K({ndim:4})];return r}ZeroPadding2D.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t;var r;if(this.dataFormat==="channelsFirst"){if(e[2]!=null&&e[2]>=0){t=e[2]+this.padding[0][0]+this.padding[0][1]}else{t=null}if(e[3]!=null&&e[3]>=0){r=e[3]+this.padding[1][0]+this.padding[1][1]}else{r=null}return[e[0],e[1],t,r]}else{if(e[1]!=null&&e[1]>=0){t=e[1]+this.padding[0][0]+this.padding[0][1]}else{t=null}if(e[2]!=null&&e[2]>=0){r=e[2]+this.padding[1][0]+this.padding[1][1]}else{r=null}return[e[0],t,r,e[3]]}};ZeroPadding2D.prototype.call=function(e,t){var r=this;return n.tidy(function(){return spatial2dPadding(getExactlyOneTensor(e),r.padding,r.dataFormat)})};ZeroPadding2D.prototype.getConfig=function(){var t={padding:this.padding,dataFormat:this.dataFormat};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return ZeroPadding2D}(X);Pl.className="ZeroPadding2D";n.serialization.registerClass(Pl);function pool2d(e,t,r,o,s,u){return n.tidy(function(){checkDataFormat(s);checkPoolMode(u);checkPaddingMode(o);if(r==null){r=[1,1]}if(o==null){o="valid"}if(s==null){s=imageDataFormat()}if(u==null){u="max"}e=preprocessConv2DInput(e,s);var n;var l=o==="same"?"same":"valid";if(u==="max"){n=i.maxPool(e,t,r,l)}else{n=i.avgPool(e,t,r,l)}if(s==="channelsFirst"){n=i.transpose(n,[0,3,1,2])}return n})}function pool3d(e,t,r,o,s,u){return n.tidy(function(){checkDataFormat(s);checkPoolMode(u);checkPaddingMode(o);if(r==null){r=[1,1,1]}if(o==null){o="valid"}if(s==null){s=imageDataFormat()}if(u==null){u="max"}e=preprocessConv3DInput(e,s);var n;var l=o==="same"?"same":"valid";if(u==="max"){n=i.maxPool3d(e,t,r,l)}else{n=i.avgPool3d(e,t,r,l)}if(s==="channelsFirst"){n=i.transpose(n,[0,4,1,2,3])}return n})}var Bl=function(e){__extends(Pooling1D,e);function Pooling1D(t){var r=this;if(t.poolSize==null){t.poolSize=2}r=e.call(this,t)||this;if(typeof t.poolSize==="number"){r.poolSize=[t.poolSize]}else if(Array.isArray(t.poolSize)&&t.poolSize.length===1&&typeof t.poolSize[0]==="number"){r.poolSize=t.poolSize}else{throw new u("poolSize for 1D convolutional layer must be a number or an "+"Array of a single number, but received "+"".concat(JSON.stringify(t.poolSize)))}assertPositiveInteger(r.poolSize,"poolSize");if(t.strides==null){r.strides=r.poolSize}else{if(typeof t.strides==="number"){r.strides=[t.strides]}else if(Array.isArray(t.strides)&&t.strides.length===1&&typeof t.strides[0]==="number"){r.strides=t.strides}else{throw new u("strides for 1D convolutional layer must be a number or an "+"Array of a single number, but received "+"".concat(JSON.stringify(t.strides)))}}assertPositiveInteger(r.strides,"strides");r.padding=t.padding==null?"valid":t.padding;checkPaddingMode(r.padding);r.inputSpec=[new K({ndim:3})];return r}Pooling1D.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=convOutputLength(e[1],this.poolSize[0],this.padding,this.strides[0]);return[e[0],t,e[2]]};Pooling1D.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);e=expandDims$1(getExactlyOneTensor(e),2);var n=r.poolingFunction(getExactlyOneTensor(e),[r.poolSize[0],1],[r.strides[0],1],r.padding,"channelsLast");return i.squeeze(n,[2])})};Pooling1D.prototype.getConfig=function(){var t={poolSize:this.poolSize,padding:this.padding,strides:this.strides};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Pooling1D}(X);var Wl=function(e){__extends(MaxPooling1D,e);function MaxPooling1D(t){return e.call(this,t)||this}MaxPooling1D.prototype.poolingFunction=function(e,t,r,n,i){checkDataFormat(i);checkPaddingMode(n);return pool2d(e,t,r,n,i,"max")};return MaxPooling1D}(Bl);Wl.className="MaxPooling1D";n.serialization.registerClass(Wl);var Ul=function(e){__extends(AveragePooling1D,e);function AveragePooling1D(t){return e.call(this,t)||this}AveragePooling1D.prototype.poolingFunction=function(e,t,r,n,i){checkDataFormat(i);checkPaddingMode(n);return pool2d(e,t,r,n,i,"avg")};return AveragePooling1D}(Bl);Ul.className="AveragePooling1D";n.serialization.registerClass(Ul);var Gl=function(e){__extends(Pooling2D,e);function Pooling2D(t){var r=this;if(t.poolSize==null){t.poolSize=[2,2]}r=e.call(this,t)||this;r.poolSize=Array.isArray(t.poolSize)?t.poolSize:[t.poolSize,t.poolSize];if(t.strides==null){r.strides=r.poolSize}else if(Array.isArray(t.strides)){if(t.strides.length!==2){throw new u("If the strides property of a 2D pooling layer is an Array, "+"it is expected to have a length of 2, but received length "+"".concat(t.strides.length,"."))}r.strides=t.strides}else{r.strides=[t.strides,t.strides]}assertPositiveInteger(r.poolSize,"poolSize");assertPositiveInteger(r.strides,"strides");r.padding=t.padding==null?"valid":t.padding;r.dataFormat=t.dataFormat==null?"channelsLast":t.dataFormat;checkDataFormat(r.dataFormat);checkPaddingMode(r.padding);r.inputSpec=[new K({ndim:4})];return r}Pooling2D.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=this.dataFormat==="channelsFirst"?e[2]:e[1];var r=this.dataFormat==="channelsFirst"?e[3]:e[2];t=convOutputLength(t,this.poolSize[0],this.padding,this.strides[0]);r=convOutputLength(r,this.poolSize[1],this.padding,this.strides[1]);if(this.dataFormat==="channelsFirst"){return[e[0],e[1],t,r]}else{return[e[0],t,r,e[3]]}};Pooling2D.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);return r.poolingFunction(getExactlyOneTensor(e),r.poolSize,r.strides,r.padding,r.dataFormat)})};Pooling2D.prototype.getConfig=function(){var t={poolSize:this.poolSize,padding:this.padding,strides:this.strides,dataFormat:this.dataFormat};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Pooling2D}(X);var Vl=function(e){__extends(MaxPooling2D,e);function MaxPooling2D(t){return e.call(this,t)||this}MaxPooling2D.prototype.poolingFunction=function(e,t,r,n,i){checkDataFormat(i);checkPaddingMode(n);return pool2d(e,t,r,n,i,"max")};return MaxPooling2D}(Gl);Vl.className="MaxPooling2D";n.serialization.registerClass(Vl);var jl=function(e){__extends(AveragePooling2D,e);function AveragePooling2D(t){return e.call(this,t)||this}AveragePooling2D.prototype.poolingFunction=function(e,t,r,n,i){checkDataFormat(i);checkPaddingMode(n);return pool2d(e,t,r,n,i,"avg")};return AveragePooling2D}(Gl);jl.className="AveragePooling2D";n.serialization.registerClass(jl);var ql=function(e){__extends(Pooling3D,e);function Pooling3D(t){var r=this;if(t.poolSize==null){t.poolSize=[2,2,2]}r=e.call(this,t)||this;r.poolSize=Array.isArray(t.poolSize)?t.poolSize:[t.poolSize,t.poolSize,t.poolSize];if(t.strides==null){r.strides=r.poolSize}else if(Array.isArray(t.strides)){if(t.strides.length!==3){throw new u("If the strides property of a 3D pooling layer is an Array, "+"it is expected to have a length of 3, but received length "+"".concat(t.strides.length,"."))}r.strides=t.strides}else{r.strides=[t.strides,t.strides,t.strides]}assertPositiveInteger(r.poolSize,"poolSize");assertPositiveInteger(r.strides,"strides");r.padding=t.padding==null?"valid":t.padding;r.dataFormat=t.dataFormat==null?"channelsLast":t.dataFormat;checkDataFormat(r.dataFormat);checkPaddingMode(r.padding);r.inputSpec=[new K({ndim:5})];return r}Pooling3D.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=this.dataFormat==="channelsFirst"?e[2]:e[1];var r=this.dataFormat==="channelsFirst"?e[3]:e[2];var n=this.dataFormat==="channelsFirst"?e[4]:e[3];t=convOutputLength(t,this.poolSize[0],this.padding,this.strides[0]);r=convOutputLength(r,this.poolSize[1],this.padding,this.strides[1]);n=convOutputLength(n,this.poolSize[2],this.padding,this.strides[2]);if(this.dataFormat==="channelsFirst"){return[e[0],e[1],t,r,n]}else{return[e[0],t,r,n,e[4]]}};Pooling3D.prototype.call=function(e,t){var r=this;return n.tidy(function(){r.invokeCallHook(e,t);return r.poolingFunction(getExactlyOneTensor(e),r.poolSize,r.strides,r.padding,r.dataFormat)})};Pooling3D.prototype.getConfig=function(){var t={poolSize:this.poolSize,padding:this.padding,strides:this.strides,dataFormat:this.dataFormat};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return Pooling3D}(X);var Kl=function(e){__extends(MaxPooling3D,e);function MaxPooling3D(t){return e.call(this,t)||this}MaxPooling3D.prototype.poolingFunction=function(e,t,r,n,i){checkDataFormat(i);checkPaddingMode(n);return pool3d(e,t,r,n,i,"max")};return MaxPooling3D}(ql);Kl.className="MaxPooling3D";n.serialization.registerClass(Kl);var Hl=function(e){__extends(AveragePooling3D,e);function AveragePooling3D(t){return e.call(this,t)||this}AveragePooling3D.prototype.poolingFunction=function(e,t,r,n,i){checkDataFormat(i);checkPaddingMode(n);return pool3d(e,t,r,n,i,"avg")};return AveragePooling3D}(ql);Hl.className="AveragePooling3D";n.serialization.registerClass(Hl);var $l=function(e){__extends(GlobalPooling1D,e);function GlobalPooling1D(t){var r=e.call(this,t)||this;r.inputSpec=[new K({ndim:3})];return r}GlobalPooling1D.prototype.computeOutputShape=function(e){return[e[0],e[2]]};GlobalPooling1D.prototype.call=function(e,t){throw new l};return GlobalPooling1D}(X);var Jl=function(e){__extends(GlobalAveragePooling1D,e);function GlobalAveragePooling1D(t){return e.call(this,t||{})||this}GlobalAveragePooling1D.prototype.call=function(e,t){return n.tidy(function(){var t=getExactlyOneTensor(e);return i.mean(t,1)})};return GlobalAveragePooling1D}($l);Jl.className="GlobalAveragePooling1D";n.serialization.registerClass(Jl);var Zl=function(e){__extends(GlobalMaxPooling1D,e);function GlobalMaxPooling1D(t){return e.call(this,t||{})||this}GlobalMaxPooling1D.prototype.call=function(e,t){return n.tidy(function(){var t=getExactlyOneTensor(e);return i.max(t,1)})};return GlobalMaxPooling1D}($l);Zl.className="GlobalMaxPooling1D";n.serialization.registerClass(Zl);var Xl=function(e){__extends(GlobalPooling2D,e);function GlobalPooling2D(t){var r=e.call(this,t)||this;r.dataFormat=t.dataFormat==null?"channelsLast":t.dataFormat;checkDataFormat(r.dataFormat);r.inputSpec=[new K({ndim:4})];return r}GlobalPooling2D.prototype.computeOutputShape=function(e){e=e;if(this.dataFormat==="channelsLast"){return[e[0],e[3]]}else{return[e[0],e[1]]}};GlobalPooling2D.prototype.call=function(e,t){throw new l};GlobalPooling2D.prototype.getConfig=function(){var t={dataFormat:this.dataFormat};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return GlobalPooling2D}(X);var Yl=function(e){__extends(GlobalAveragePooling2D,e);function GlobalAveragePooling2D(){return e!==null&&e.apply(this,arguments)||this}GlobalAveragePooling2D.prototype.call=function(e,t){var r=this;return n.tidy(function(){var t=getExactlyOneTensor(e);if(r.dataFormat==="channelsLast"){return i.mean(t,[1,2])}else{return i.mean(t,[2,3])}})};return GlobalAveragePooling2D}(Xl);Yl.className="GlobalAveragePooling2D";n.serialization.registerClass(Yl);var Ql=function(e){__extends(GlobalMaxPooling2D,e);function GlobalMaxPooling2D(){return e!==null&&e.apply(this,arguments)||this}GlobalMaxPooling2D.prototype.call=function(e,t){var r=this;return n.tidy(function(){var t=getExactlyOneTensor(e);if(r.dataFormat==="channelsLast"){return i.max(t,[1,2])}else{return i.max(t,[2,3])}})};return GlobalMaxPooling2D}(Xl);Ql.className="GlobalMaxPooling2D";n.serialization.registerClass(Ql);var ec=function(e){__extends(Wrapper,e);function Wrapper(t){var r=e.call(this,t)||this;r.layer=t.layer;return r}Wrapper.prototype.build=function(e){this.built=true};Object.defineProperty(Wrapper.prototype,"trainable",{get:function(){if(this.layer!=null){return this.layer.trainable}else{return false}},set:function(e){if(this.layer!=null){this.layer.trainable=e}},enumerable:false,configurable:true});Object.defineProperty(Wrapper.prototype,"trainableWeights",{get:function(){return this.layer.trainableWeights},enumerable:false,configurable:true});Object.defineProperty(Wrapper.prototype,"nonTrainableWeights",{get:function(){return this.layer.nonTrainableWeights},enumerable:false,configurable:true});Object.defineProperty(Wrapper.prototype,"updates",{get:function(){return this.layer._updates},enumerable:false,configurable:true});Object.defineProperty(Wrapper.prototype,"losses",{get:function(){return this.layer.losses},enumerable:false,configurable:true});Wrapper.prototype.getWeights=function(){return this.layer.getWeights()};Wrapper.prototype.setWeights=function(e){this.layer.setWeights(e)};Wrapper.prototype.getConfig=function(){var t={layer:{className:this.layer.getClassName(),config:this.layer.getConfig()}};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};Wrapper.prototype.setFastWeightInitDuringBuild=function(t){e.prototype.setFastWeightInitDuringBuild.call(this,t);if(this.layer!=null){this.layer.setFastWeightInitDuringBuild(t)}};Wrapper.fromConfig=function(e,t,r){if(r===void 0){r={}}var n=t["layer"];var i=deserialize(n,r);delete t["layer"];var o={layer:i};Object.assign(o,t);return new e(o)};return Wrapper}(X);var tc=function(e){__extends(TimeDistributed,e);function TimeDistributed(t){var r=e.call(this,t)||this;r.supportsMasking=true;return r}TimeDistributed.prototype.build=function(t){t=getExactlyOneShape(t);if(t.length<3){throw new u("TimeDistributed layer expects an input shape >= 3D, but received "+"input shape ".concat(JSON.stringify(t)))}this.inputSpec=[{shape:t}];var r=[t[0]].concat(t.slice(2));if(!this.layer.built){this.layer.build(r);this.layer.built=true}e.prototype.build.call(this,t)};TimeDistributed.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=[e[0]].concat(e.slice(2));var r=this.layer.computeOutputShape(t);var n=e[1];return[r[0],n].concat(r.slice(1))};TimeDistributed.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=getExactlyOneTensor(e);var step=function(e,n){var i=getExactlyOneTensor(r.layer.call(e,t));return[i,[]]};var n=rnn$1(step,e,[],false,null,null,false,true);var i=n[1];return i})};return TimeDistributed}(ec);tc.className="TimeDistributed";n.serialization.registerClass(tc);function checkBidirectionalMergeMode(e){checkStringTypeUnionValue(b,"BidirectionalMergeMode",e)}var rc="concat";var nc=function(e){__extends(Bidirectional,e);function Bidirectional(t){var r=e.call(this,t)||this;var n=t.layer.getConfig();var i={};i["className"]=t.layer.getClassName();i["config"]=n;r.forwardLayer=deserialize(i);n["goBackwards"]=n["goBackwards"]===true?false:true;var o={};o["className"]=t.layer.getClassName();o["config"]=n;r.backwardLayer=deserialize(o);r.forwardLayer.name="forward_"+r.forwardLayer.name;r.backwardLayer.name="backward_"+r.backwardLayer.name;r.mergeMode=t.mergeMode===undefined?rc:t.mergeMode;checkBidirectionalMergeMode(r.mergeMode);if(t.weights){throw new l("weights support is not implemented for Bidirectional layer yet.")}r._stateful=t.layer.stateful;r.returnSequences=t.layer.returnSequences;r.returnState=t.layer.returnState;r.supportsMasking=true;r._trainable=true;r.inputSpec=t.layer.inputSpec;r.numConstants=null;return r}Object.defineProperty(Bidirectional.prototype,"trainable",{get:function(){return this._trainable},set:function(e){this._trainable=e;if(this.forwardLayer!=null){this.forwardLayer.trainable=e}if(this.backwardLayer!=null){this.backwardLayer.trainable=e}},enumerable:false,configurable:true});Bidirectional.prototype.getWeights=function(){return this.forwardLayer.getWeights().concat(this.backwardLayer.getWeights())};Bidirectional.prototype.setWeights=function(e){var t=e.length;var r=Math.floor(t/2);this.forwardLayer.setWeights(e.slice(0,r));this.backwardLayer.setWeights(e.slice(r))};Bidirectional.prototype.computeOutputShape=function(e){var t=this.forwardLayer.computeOutputShape(e);if(!(Array.isArray(t)&&Array.isArray(t[0]))){t=[t]}t=t;var r;var n;var i;if(this.returnState){i=t.slice(1);r=t[0]}else{r=t[0]}r=r;if(this.mergeMode==="concat"){r[r.length-1]*=2;n=[r]}else if(this.mergeMode==null){n=[r,r.slice()]}else{n=[r]}if(this.returnState){if(this.mergeMode==null){return n.concat(i).concat(i.slice())}return[r].concat(i).concat(i.slice())}return singletonOrArray(n)};Bidirectional.prototype.apply=function(t,r){var n,i;var o=r==null?null:r["initialState"];var s=r==null?null:r["constants"];if(r==null){r={}}var c=standardizeArgs(t,o,s,this.numConstants);t=c.inputs;o=c.initialState;s=c.constants;if(Array.isArray(t)){o=t.slice(1);t=t[0]}if((o==null||o.length===0)&&s==null){return e.prototype.apply.call(this,t,r)}var p=[];var f=[];if(o!=null){var d=o.length;if(d%2>0){throw new u("When passing `initialState` to a Bidrectional RNN, "+"the state should be an Array containing the states of "+"the underlying RNNs.")}r["initialState"]=o;p.push.apply(p,__spreadArray([],__read(o),false));var h=o.map(function(e){return new K({shape:e.shape})});this.forwardLayer.stateSpec=h.slice(0,d/2);this.backwardLayer.stateSpec=h.slice(d/2);f.push.apply(f,__spreadArray([],__read(h),false))}if(s!=null){throw new l("Support for constants in Bidirectional layers is not "+"implemented yet.")}var v=p[0]instanceof H;try{for(var g=__values(p),m=g.next();!m.done;m=g.next()){var y=m.value;if(y instanceof H!==v){throw new u("The initial state of a Bidirectional layer cannot be "+"specified as a mix of symbolic and non-symbolic tensors")}}}catch(e){n={error:e}}finally{try{if(m&&!m.done&&(i=g.return))i.call(g)}finally{if(n)throw n.error}}if(v){var b=[t].concat(p);var k=this.inputSpec.concat(f);var w=this.inputSpec;this.inputSpec=k;var _=e.prototype.apply.call(this,b,r);this.inputSpec=w;return _}else{return e.prototype.apply.call(this,t,r)}};Bidirectional.prototype.call=function(e,t){var r=this;return n.tidy(function(){var n=t["initialState"];var o;var s;if(n==null){o=r.forwardLayer.call(e,t);s=r.backwardLayer.call(e,t)}else{var u=n.slice(0,n.length/2);var l=n.slice(n.length/2);o=r.forwardLayer.call(e,Object.assign(t,{initialState:u}));s=r.backwardLayer.call(e,Object.assign(t,{initialState:l}))}var c;if(r.returnState){if(Array.isArray(o)){c=o.slice(1).concat(s.slice(1))}o=o[0];s=s[0]}if(r.returnSequences){s=i.reverse(s,1)}var p;if(r.mergeMode==="concat"){p=concatenate$1([o,s])}else if(r.mergeMode==="sum"){p=i.add(o,s)}else if(r.mergeMode==="ave"){p=i.mul(.5,i.add(o,s))}else if(r.mergeMode==="mul"){p=i.mul(o,s)}else if(r.mergeMode==null){p=[o,s]}if(r.returnState){if(r.mergeMode==null){return p.concat(c)}return[p].concat(c)}return p})};Bidirectional.prototype.resetStates=function(e){this.forwardLayer.resetStates();this.backwardLayer.resetStates()};Bidirectional.prototype.build=function(e){var t=this;nameScope(this.forwardLayer.name,function(){t.forwardLayer.build(e)});nameScope(this.backwardLayer.name,function(){t.backwardLayer.build(e)});this.built=true};Bidirectional.prototype.computeMask=function(e,t){if(Array.isArray(t)){t=t[0]}var r;if(this.returnSequences){if(this.mergeMode==null){r=[t,t]}else{r=t}}else{if(this.mergeMode==null){r=[null,null]}else{r=null}}if(this.returnState){var n=this.forwardLayer.states;var i=n.map(function(e){return null});if(Array.isArray(r)){return r.concat(i).concat(i)}else{return[r].concat(i).concat(i)}}else{return r}};Object.defineProperty(Bidirectional.prototype,"trainableWeights",{get:function(){return this.forwardLayer.trainableWeights.concat(this.backwardLayer.trainableWeights)},enumerable:false,configurable:true});Object.defineProperty(Bidirectional.prototype,"nonTrainableWeights",{get:function(){return this.forwardLayer.nonTrainableWeights.concat(this.backwardLayer.nonTrainableWeights)},enumerable:false,configurable:true});Bidirectional.prototype.setFastWeightInitDuringBuild=function(t){e.prototype.setFastWeightInitDuringBuild.call(this,t);if(this.forwardLayer!=null){this.forwardLayer.setFastWeightInitDuringBuild(t)}if(this.backwardLayer!=null){this.backwardLayer.setFastWeightInitDuringBuild(t)}};Bidirectional.prototype.getConfig=function(){var t={mergeMode:this.mergeMode};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};Bidirectional.fromConfig=function(e,t){var r=deserialize(t["layer"]);delete t["layer"];if(t["numConstants"]!=null){throw new l("Deserialization of a Bidirectional layer with numConstants "+"present is not supported yet.")}var n=t;n["layer"]=r;return new e(n)};return Bidirectional}(ec);nc.className="Bidirectional";n.serialization.registerClass(nc);var ac=function(e){__extends(Rescaling,e);function Rescaling(t){var r=e.call(this,t)||this;r.scale=t.scale;if(t.offset){r.offset=t.offset}else{r.offset=0}return r}Rescaling.prototype.getConfig=function(){var t={scale:this.scale,offset:this.offset};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};Rescaling.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=getExactlyOneTensor(e);if(e.dtype!=="float32"){e=cast$1(e,"float32")}return n.add(n.mul(e,r.scale),r.offset)})};return Rescaling}(X);ac.className="Rescaling";n.serialization.registerClass(ac);var ic=n.image.resizeBilinear,oc=n.image.cropAndResize;var sc=function(e){__extends(CenterCrop,e);function CenterCrop(t){var r=e.call(this,t)||this;r.height=t.height;r.width=t.width;return r}CenterCrop.prototype.centerCrop=function(e,t,r,i,o,s,u,l){return n.tidy(function(){var c;var p=false;var f=t/s;var d=r/u;var h=(i+t)/s;var v=(o+r)/u;var g=[f,d,h,v];var m=[];if(e.rank===3){p=true;c=n.stack([e])}else{c=e}for(var y=0;y<c.shape[0];y++){m.push(g)}var b=n.tensor(m,[m.length,4]);var k=n.range(0,m.length,1,"int32");var w=[i,o];var _=oc(c,b,k,w,"nearest");if(p){return cast$1(getExactlyOneTensor(n.unstack(_)),l)}return cast$1(_,l)})};CenterCrop.prototype.upsize=function(e,t,r,i){return n.tidy(function(){var n=ic(e,[t,r]);return cast$1(n,i)})};CenterCrop.prototype.call=function(e,t){var r=this;return n.tidy(function(){var t=getExactlyOneTensor(e);var n=t.dtype;var i=t.shape;var o=i[i.length-3];var s=i[i.length-2];var u=0;if(o!==r.height){u=Math.floor((o-r.height)/2)}var l=0;if(s!==r.width){l=Math.floor((s-r.width)/2);if(l===0){l=1}}if(u>=0&&l>=0){return r.centerCrop(t,u,l,r.height,r.width,o,s,n)}else{return r.upsize(e,r.height,r.width,n)}})};CenterCrop.prototype.getConfig=function(){var t={height:this.height,width:this.width};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};CenterCrop.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=e.length-3;var r=e.length-2;e[t]=this.height;e[r]=this.width;return e};return CenterCrop}(X);sc.className="CenterCrop";n.serialization.registerClass(sc);
/**
 * @license
 * Copyright 2022 CodeSmith LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function encodeCategoricalInputs(e,t,r,i){var o=getExactlyOneTensor(e);if(o.dtype!=="int32"){o=cast$1(o,"int32")}if(t==="int"){return o}var s=o.shape;if(o.rank===0){o=n.expandDims(o,-1)}if(t==="oneHot"){if(o.shape[o.shape.length-1]!==1){o=n.expandDims(o,-1)}}if(o.rank>2){throw new u("When outputMode is not int, maximum output rank is 2"+" Received outputMode ".concat(t," and input shape ").concat(s)+" which would result in output rank ".concat(o.rank,"."))}var l=["multiHot","oneHot"].includes(t);var c=o;var p;if(typeof i!=="undefined"&&t==="count"){p=n.denseBincount(c,i,r,l)}else{p=n.denseBincount(c,[],r,l)}if(t!=="tfIdf"){return p}if(i){return n.mul(p,i)}else{throw new u("When outputMode is 'tfIdf', weights must be provided.")}}var uc=function(e){__extends(CategoryEncoding,e);function CategoryEncoding(t){var r=e.call(this,t)||this;r.numTokens=t.numTokens;if(t.outputMode){r.outputMode=t.outputMode}else{r.outputMode="multiHot"}return r}CategoryEncoding.prototype.getConfig=function(){var t={numTokens:this.numTokens,outputMode:this.outputMode};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};CategoryEncoding.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);if(e==null){return[this.numTokens]}if(this.outputMode==="oneHot"&&e[e.length-1]!==1){e.push(this.numTokens);return e}e[e.length-1]=this.numTokens;return e};CategoryEncoding.prototype.call=function(e,t){var r=this;return n.tidy(function(){e=getExactlyOneTensor(e);if(e.dtype!=="int32"){e=cast$1(e,"int32")}var i;if(typeof t["countWeights"]!=="undefined"){if(r.outputMode!=="count"){throw new u("countWeights is not used when outputMode !== count.\n              Received countWeights=".concat(t["countWeights"]))}i=getExactlyOneTensor(t["countWeights"])}var o=n.max(e);var s=n.min(e);var l=n.greater(r.numTokens,o).bufferSync().get(0);var c=n.greaterEqual(s,0).bufferSync().get(0);if(!(l&&c)){throw new u("Input values must be between 0 < values <="+" numTokens with numTokens=".concat(r.numTokens))}return encodeCategoricalInputs(e,r.outputMode,r.numTokens,i)})};return CategoryEncoding}(X);uc.className="CategoryEncoding";n.serialization.registerClass(uc);var lc=["bilinear","nearest"];var cc=new Set(lc);var pc=function(e){__extends(Resizing,e);function Resizing(t){var r=e.call(this,t)||this;r.height=t.height;r.width=t.width;if(t.interpolation){if(cc.has(t.interpolation)){r.interpolation=t.interpolation}else{throw new u("Invalid interpolation parameter: ".concat(t.interpolation," is not implemented"))}}else{r.interpolation="bilinear"}r.cropToAspectRatio=Boolean(t.cropToAspectRatio);return r}Resizing.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=e[2];return[this.height,this.width,t]};Resizing.prototype.getConfig=function(){var t={height:this.height,width:this.width,interpolation:this.interpolation,cropToAspectRatio:this.cropToAspectRatio};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};Resizing.prototype.call=function(e,t){var r=this;return n.tidy(function(){var t=[r.height,r.width];if(r.interpolation==="bilinear"){return n.image.resizeBilinear(e,t,!r.cropToAspectRatio)}else if(r.interpolation==="nearest"){return n.image.resizeNearestNeighbor(e,t,!r.cropToAspectRatio)}else{throw new Error("Interpolation is ".concat(r.interpolation," but only ").concat(__spreadArray([],__read(cc),false)," are supported"))}})};return Resizing}(X);pc.className="Resizing";n.serialization.registerClass(pc);
/**
 * @license
 * Copyright 2023 CodeSmith LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var fc=function(){function RandomSeed(e){this.seed=e}RandomSeed.prototype.next=function(){if(this.seed===undefined){return undefined}return this.seed++};return RandomSeed}();fc.className="RandomSeed";var dc=function(e){__extends(BaseRandomLayer,e);function BaseRandomLayer(t){var r=e.call(this,t)||this;r.randomGenerator=new fc(t.seed);return r}BaseRandomLayer.prototype.getConfig=function(){var t={seed:this.randomGenerator.seed};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};return BaseRandomLayer}(X);dc.className="BaseRandomLayer";var hc=["bilinear","nearest"];var vc=new Set(hc);var gc=function(e){__extends(RandomWidth,e);function RandomWidth(t){var r=e.call(this,t)||this;var n=t.factor,i=t.interpolation,o=i===void 0?"bilinear":i;r.factor=n;if(Array.isArray(r.factor)&&r.factor.length===2){r.widthLower=r.factor[0];r.widthUpper=r.factor[1]}else if(!Array.isArray(r.factor)&&r.factor>0){r.widthLower=-r.factor;r.widthUpper=r.factor}else{throw new u("Invalid factor: ".concat(r.factor,". Must be positive number or tuple of 2 numbers"))}if(r.widthLower<-1||r.widthUpper<-1){throw new u("factor must have values larger than -1. Got: ".concat(r.factor))}if(r.widthUpper<r.widthLower){throw new u("factor cannot have upper bound less than lower bound.\n        Got upper bound: ".concat(r.widthUpper,".\n        Got lower bound: ").concat(r.widthLower,"\n      "))}if(o){if(vc.has(o)){r.interpolation=o}else{throw new u("Invalid interpolation parameter: ".concat(o," is not implemented"))}}return r}RandomWidth.prototype.getConfig=function(){var t={factor:this.factor,interpolation:this.interpolation};var r=e.prototype.getConfig.call(this);Object.assign(t,r);return t};RandomWidth.prototype.computeOutputShape=function(e){e=getExactlyOneShape(e);var t=e[2];return[this.imgHeight,-1,t]};RandomWidth.prototype.call=function(e,t){var r=this;return n.tidy(function(){var t=getExactlyOneTensor(e);r.imgHeight=t.shape[t.shape.length-3];var i=t.shape[t.shape.length-2];r.widthFactor=n.randomUniform([1],1+r.widthLower,1+r.widthUpper,"float32",r.randomGenerator.next());var o=r.widthFactor.dataSync()[0]*i;o=Math.round(o);var s=[r.imgHeight,o];switch(r.interpolation){case"bilinear":return n.image.resizeBilinear(e,s);case"nearest":return n.image.resizeNearestNeighbor(e,s);default:throw new Error("Interpolation is ".concat(r.interpolation,"\n          but only ").concat(__spreadArray([],__read(vc),false)," are supported"))}})};return RandomWidth}(dc);gc.className="RandomWidth";n.serialization.registerClass(gc);
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function inputLayer(e){return new Y(e)}function elu(e){return new Uu(e)}function reLU(e){return new Pu(e)}function leakyReLU(e){return new Bu(e)}function prelu(e){return new Wu(e)}function softmax(e){return new Vu(e)}function thresholdedReLU(e){return new Gu(e)}function conv1d(e){return new Yu(e)}function conv2d(e){return new Ku(e)}function conv2dTranspose(e){return new $u(e)}function conv3d(e){return new Hu(e)}function conv3dTranspose(e){return new Ju(e)}function separableConv2d(e){return new Xu(e)}function cropping2D(e){return new Qu(e)}function upSampling2d(e){return new el(e)}function depthwiseConv2d(e){return new tl(e)}function activation(e){return new bl(e)}function dense(e){return new ml(e)}function dropout(e){return new vl(e)}function spatialDropout1d(e){return new gl(e)}function flatten(e){return new yl(e)}function repeatVector(e){return new kl(e)}function reshape(e){return new wl(e)}function permute(e){return new _l(e)}function embedding(e){return new Sl(e)}function add(e){return new Nl(e)}function average(e){return new Al(e)}function concatenate(e){return new Dl(e)}function maximum(e){return new Cl(e)}function minimum(e){return new zl(e)}function multiply(e){return new Tl(e)}function dot(e){return new El(e)}function batchNormalization(e){return new Ll(e)}function layerNormalization(e){return new Ol(e)}function zeroPadding2d(e){return new Pl(e)}function averagePooling1d(e){return new Ul(e)}function avgPool1d(e){return averagePooling1d(e)}function avgPooling1d(e){return averagePooling1d(e)}function averagePooling2d(e){return new jl(e)}function avgPool2d(e){return averagePooling2d(e)}function avgPooling2d(e){return averagePooling2d(e)}function averagePooling3d(e){return new Hl(e)}function avgPool3d(e){return averagePooling3d(e)}function avgPooling3d(e){return averagePooling3d(e)}function globalAveragePooling1d(e){return new Jl(e)}function globalAveragePooling2d(e){return new Yl(e)}function globalMaxPooling1d(e){return new Zl(e)}function globalMaxPooling2d(e){return new Ql(e)}function maxPooling1d(e){return new Wl(e)}function maxPooling2d(e){return new Vl(e)}function maxPooling3d(e){return new Kl(e)}function gru(e){return new sl(e)}function gruCell(e){return new ol(e)}function lstm(e){return new ll(e)}function lstmCell(e){return new ul(e)}function simpleRNN(e){return new il(e)}function simpleRNNCell(e){return new al(e)}function convLstm2d(e){return new hl(e)}function convLstm2dCell(e){return new dl(e)}function rnn(e){return new rl(e)}function stackedRNNCells(e){return new cl(e)}function bidirectional(e){return new nc(e)}function timeDistributed(e){return new tc(e)}var mc=globalMaxPooling1d;var yc=globalMaxPooling2d;var bc=maxPooling1d;var kc=maxPooling2d;function gaussianNoise(e){return new Fl(e)}function gaussianDropout(e){return new Ml(e)}function alphaDropout(e){return new Rl(e)}function masking(e){return new xl(e)}function rescaling(e){return new ac(e)}function centerCrop(e){return new sc(e)}function resizing(e){return new pc(e)}function categoryEncoding(e){return new uc(e)}function randomWidth(e){return new gc(e)}var wc={__proto__:null,Layer:X,RNN:rl,RNNCell:nl,activation:activation,add:add,alphaDropout:alphaDropout,average:average,averagePooling1d:averagePooling1d,averagePooling2d:averagePooling2d,averagePooling3d:averagePooling3d,avgPool1d:avgPool1d,avgPool2d:avgPool2d,avgPool3d:avgPool3d,avgPooling1d:avgPooling1d,avgPooling2d:avgPooling2d,avgPooling3d:avgPooling3d,batchNormalization:batchNormalization,bidirectional:bidirectional,categoryEncoding:categoryEncoding,centerCrop:centerCrop,concatenate:concatenate,conv1d:conv1d,conv2d:conv2d,conv2dTranspose:conv2dTranspose,conv3d:conv3d,conv3dTranspose:conv3dTranspose,convLstm2d:convLstm2d,convLstm2dCell:convLstm2dCell,cropping2D:cropping2D,dense:dense,depthwiseConv2d:depthwiseConv2d,dot:dot,dropout:dropout,elu:elu,embedding:embedding,flatten:flatten,gaussianDropout:gaussianDropout,gaussianNoise:gaussianNoise,globalAveragePooling1d:globalAveragePooling1d,globalAveragePooling2d:globalAveragePooling2d,globalMaxPool1d:mc,globalMaxPool2d:yc,globalMaxPooling1d:globalMaxPooling1d,globalMaxPooling2d:globalMaxPooling2d,gru:gru,gruCell:gruCell,input:input,inputLayer:inputLayer,layerNormalization:layerNormalization,leakyReLU:leakyReLU,lstm:lstm,lstmCell:lstmCell,masking:masking,maxPool1d:bc,maxPool2d:kc,maxPooling1d:maxPooling1d,maxPooling2d:maxPooling2d,maxPooling3d:maxPooling3d,maximum:maximum,minimum:minimum,multiply:multiply,permute:permute,prelu:prelu,randomWidth:randomWidth,reLU:reLU,repeatVector:repeatVector,rescaling:rescaling,reshape:reshape,resizing:resizing,rnn:rnn,separableConv2d:separableConv2d,simpleRNN:simpleRNN,simpleRNNCell:simpleRNNCell,softmax:softmax,spatialDropout1d:spatialDropout1d,stackedRNNCells:stackedRNNCells,thresholdedReLU:thresholdedReLU,timeDistributed:timeDistributed,upSampling2d:upSampling2d,zeroPadding2d:zeroPadding2d};function binaryAccuracy(e,t){return binaryAccuracy$1(e,t)}function binaryCrossentropy(e,t){return binaryCrossentropy$1(e,t)}function sparseCategoricalAccuracy(e,t){return sparseCategoricalAccuracy$1(e,t)}function categoricalAccuracy(e,t){return categoricalAccuracy$1(e,t)}function categoricalCrossentropy(e,t){return ou(e,t)}function precision(e,t){return precision$1(e,t)}function recall(e,t){return recall$1(e,t)}function cosineProximity(e,t){return cosineProximity$1(e,t)}function meanAbsoluteError(e,t){return meanAbsoluteError$1(e,t)}function meanAbsolutePercentageError(e,t){return meanAbsolutePercentageError$1(e,t)}function MAPE(e,t){return meanAbsolutePercentageError$1(e,t)}function mape(e,t){return meanAbsolutePercentageError$1(e,t)}function meanSquaredError(e,t){return meanSquaredError$1(e,t)}function MSE(e,t){return meanSquaredError$1(e,t)}function mse(e,t){return meanSquaredError$1(e,t)}function r2Score(e,t){return r2Score$1(e,t)}var _c={__proto__:null,MAPE:MAPE,MSE:MSE,binaryAccuracy:binaryAccuracy,binaryCrossentropy:binaryCrossentropy,categoricalAccuracy:categoricalAccuracy,categoricalCrossentropy:categoricalCrossentropy,cosineProximity:cosineProximity,mape:mape,meanAbsoluteError:meanAbsoluteError,meanAbsolutePercentageError:meanAbsolutePercentageError,meanSquaredError:meanSquaredError,mse:mse,precision:precision,r2Score:r2Score,recall:recall,sparseCategoricalAccuracy:sparseCategoricalAccuracy};
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */var xc={__proto__:null,modelFromJSON:modelFromJSON};
/**
 * @license
 * Copyright 2018 Google LLC
 *
 * Use of this source code is governed by an MIT-style
 * license that can be found in the LICENSE file or at
 * https://opensource.org/licenses/MIT.
 * =============================================================================
 */function l1l2(e){return new Lu(e)}function l1(e){return l1$1(e)}function l2(e){return l2$1(e)}var Sc={__proto__:null,l1:l1,l1l2:l1l2,l2:l2};var Ic=function(e){__extends(Callback,e);function Callback(){var t=e.apply(this,__spreadArray([],__read(arguments),false))||this;t.model=null;return t}Callback.prototype.setModel=function(e){if(!(e instanceof vu)){throw new Error("model must be a LayersModel, not some other Container")}this.model=e};return Callback}(Hs);function less(e,t){return e<t}function greater(e,t){return e>t}var Nc=function(e){__extends(EarlyStopping,e);function EarlyStopping(t){var r=e.call(this)||this;if(t==null){t={}}if(t.restoreBestWeights){throw new l("restoreBestWeights = True is not implemented in EarlyStopping yet.")}r.monitor=t.monitor||"val_loss";r.minDelta=Math.abs(t.minDelta||0);r.patience=t.patience||0;r.verbose=t.verbose||0;r.mode=t.mode||"auto";r.baseline=t.baseline;if(["auto","min","max"].indexOf(r.mode)===-1){console.warn("EarlyStopping mode '".concat(r.mode,"' is invalid. ")+"Falling back to mode 'auto'.");r.mode="auto"}if(r.mode==="min"){r.monitorFunc=less}else if(r.mode==="max"){r.monitorFunc=greater}else{if(r.monitor.indexOf("acc")!==-1){r.monitorFunc=greater}else{r.monitorFunc=less}}if(r.monitorFunc===less){r.minDelta*=-1}return r}EarlyStopping.prototype.onTrainBegin=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){this.wait=0;this.stoppedEpoch=0;if(this.baseline!=null){this.best=this.baseline}else{this.best=this.monitorFunc===less?Infinity:-Infinity}return[2]})})};EarlyStopping.prototype.onEpochEnd=function(e,t){return __awaiter(this,void 0,void 0,function(){var r;return __generator(this,function(n){switch(n.label){case 0:return[4,resolveScalarsInLogs(t)];case 1:n.sent();r=this.getMonitorValue(t);if(r==null){return[2]}if(this.monitorFunc(r-this.minDelta,this.best)){this.best=r;this.wait=0}else{this.wait++;if(this.wait>=this.patience){this.stoppedEpoch=e;this.model.stopTraining=true}}return[2]}})})};EarlyStopping.prototype.onTrainEnd=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(e){if(this.stoppedEpoch>0&&this.verbose){console.log("Epoch ".concat(this.stoppedEpoch,": early stopping."))}return[2]})})};EarlyStopping.prototype.getMonitorValue=function(e){if(e==null){e={}}var t=e[this.monitor];if(t==null){console.warn("Metric for EarlyStopping ".concat(this.monitor," is not available. ")+"Available metrics are: ".concat(Object.keys(e)))}return t};return EarlyStopping}(Ic);function earlyStopping(e){return new Nc(e)}var Tc={earlyStopping:earlyStopping};t.Callback=Ic;t.CallbackList=$s;t.CustomCallback=Xs;t.EarlyStopping=Nc;t.History=Zs;t.InputSpec=K;t.LayerVariable=q;t.LayersModel=vu;t.RNN=rl;t.Sequential=mu;t.SymbolicTensor=H;t.callbacks=Tc;t.constraints=Vs;t.initializers=js;t.input=input;t.layers=wc;t.loadLayersModel=loadLayersModel;t.metrics=_c;t.model=model;t.models=xc;t.registerCallbackConstructor=registerCallbackConstructor;t.regularizers=Sc;t.sequential=sequential;t.version_layers=pu},4058:(e,t,r)=>{var n=r(9547);var i=r(8542);var o=r(148);var s=r(2358);var u=r(6108);var l=r(3802);var c=r(3042);c.alea=n;c.xor128=i;c.xorwow=o;c.xorshift7=s;c.xor4096=u;c.tychei=l;e.exports=c},9547:function(e,t,r){e=r.nmd(e);(function(e,t,r){function Alea(e){var t=this,r=Mash();t.next=function(){var e=2091639*t.s0+t.c*2.3283064365386963e-10;t.s0=t.s1;t.s1=t.s2;return t.s2=e-(t.c=e|0)};t.c=1;t.s0=r(" ");t.s1=r(" ");t.s2=r(" ");t.s0-=r(e);if(t.s0<0){t.s0+=1}t.s1-=r(e);if(t.s1<0){t.s1+=1}t.s2-=r(e);if(t.s2<0){t.s2+=1}r=null}function copy(e,t){t.c=e.c;t.s0=e.s0;t.s1=e.s1;t.s2=e.s2;return t}function impl(e,t){var r=new Alea(e),n=t&&t.state,i=r.next;i.int32=function(){return r.next()*4294967296|0};i.double=function(){return i()+(i()*2097152|0)*11102230246251565e-32};i.quick=i;if(n){if(typeof n=="object")copy(n,r);i.state=function(){return copy(r,{})}}return i}function Mash(){var e=4022871197;var mash=function(t){t=String(t);for(var r=0;r<t.length;r++){e+=t.charCodeAt(r);var n=.02519603282416938*e;e=n>>>0;n-=e;n*=e;e=n>>>0;n-=e;e+=n*4294967296}return(e>>>0)*2.3283064365386963e-10};return mash}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.alea=impl}})(this,true&&e,typeof define=="function"&&define)},3802:function(e,t,r){e=r.nmd(e);(function(e,t,r){function XorGen(e){var t=this,r="";t.next=function(){var e=t.b,r=t.c,n=t.d,i=t.a;e=e<<25^e>>>7^r;r=r-n|0;n=n<<24^n>>>8^i;i=i-e|0;t.b=e=e<<20^e>>>12^r;t.c=r=r-n|0;t.d=n<<16^r>>>16^i;return t.a=i-e|0};t.a=0;t.b=0;t.c=2654435769|0;t.d=1367130551;if(e===Math.floor(e)){t.a=e/4294967296|0;t.b=e|0}else{r+=e}for(var n=0;n<r.length+20;n++){t.b^=r.charCodeAt(n)|0;t.next()}}function copy(e,t){t.a=e.a;t.b=e.b;t.c=e.c;t.d=e.d;return t}function impl(e,t){var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(typeof n=="object")copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.tychei=impl}})(this,true&&e,typeof define=="function"&&define)},8542:function(e,t,r){e=r.nmd(e);(function(e,t,r){function XorGen(e){var t=this,r="";t.x=0;t.y=0;t.z=0;t.w=0;t.next=function(){var e=t.x^t.x<<11;t.x=t.y;t.y=t.z;t.z=t.w;return t.w^=t.w>>>19^e^e>>>8};if(e===(e|0)){t.x=e}else{r+=e}for(var n=0;n<r.length+64;n++){t.x^=r.charCodeAt(n)|0;t.next()}}function copy(e,t){t.x=e.x;t.y=e.y;t.z=e.z;t.w=e.w;return t}function impl(e,t){var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(typeof n=="object")copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.xor128=impl}})(this,true&&e,typeof define=="function"&&define)},6108:function(e,t,r){e=r.nmd(e);(function(e,t,r){function XorGen(e){var t=this;t.next=function(){var e=t.w,r=t.X,n=t.i,i,o;t.w=e=e+1640531527|0;o=r[n+34&127];i=r[n=n+1&127];o^=o<<13;i^=i<<17;o^=o>>>15;i^=i>>>12;o=r[n]=o^i;t.i=n;return o+(e^e>>>16)|0};function init(e,t){var r,n,i,o,s,u=[],l=128;if(t===(t|0)){n=t;t=null}else{t=t+"\0";n=0;l=Math.max(l,t.length)}for(i=0,o=-32;o<l;++o){if(t)n^=t.charCodeAt((o+32)%t.length);if(o===0)s=n;n^=n<<10;n^=n>>>15;n^=n<<4;n^=n>>>13;if(o>=0){s=s+1640531527|0;r=u[o&127]^=n+s;i=0==r?i+1:0}}if(i>=128){u[(t&&t.length||0)&127]=-1}i=127;for(o=4*128;o>0;--o){n=u[i+34&127];r=u[i=i+1&127];n^=n<<13;r^=r<<17;n^=n>>>15;r^=r>>>12;u[i]=n^r}e.w=s;e.X=u;e.i=i}init(t,e)}function copy(e,t){t.i=e.i;t.w=e.w;t.X=e.X.slice();return t}function impl(e,t){if(e==null)e=+new Date;var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(n.X)copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.xor4096=impl}})(this,true&&e,typeof define=="function"&&define)},2358:function(e,t,r){e=r.nmd(e);(function(e,t,r){function XorGen(e){var t=this;t.next=function(){var e=t.x,r=t.i,n,i,o;n=e[r];n^=n>>>7;i=n^n<<24;n=e[r+1&7];i^=n^n>>>10;n=e[r+3&7];i^=n^n>>>3;n=e[r+4&7];i^=n^n<<7;n=e[r+7&7];n=n^n<<13;i^=n^n<<9;e[r]=i;t.i=r+1&7;return i};function init(e,t){var r,n,i=[];if(t===(t|0)){n=i[0]=t}else{t=""+t;for(r=0;r<t.length;++r){i[r&7]=i[r&7]<<15^t.charCodeAt(r)+i[r+1&7]<<13}}while(i.length<8)i.push(0);for(r=0;r<8&&i[r]===0;++r);if(r==8)n=i[7]=-1;else n=i[r];e.x=i;e.i=0;for(r=256;r>0;--r){e.next()}}init(t,e)}function copy(e,t){t.x=e.x.slice();t.i=e.i;return t}function impl(e,t){if(e==null)e=+new Date;var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(n.x)copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.xorshift7=impl}})(this,true&&e,typeof define=="function"&&define)},148:function(e,t,r){e=r.nmd(e);(function(e,t,r){function XorGen(e){var t=this,r="";t.next=function(){var e=t.x^t.x>>>2;t.x=t.y;t.y=t.z;t.z=t.w;t.w=t.v;return(t.d=t.d+362437|0)+(t.v=t.v^t.v<<4^(e^e<<1))|0};t.x=0;t.y=0;t.z=0;t.w=0;t.v=0;if(e===(e|0)){t.x=e}else{r+=e}for(var n=0;n<r.length+64;n++){t.x^=r.charCodeAt(n)|0;if(n==r.length){t.d=t.x<<10^t.x>>>4}t.next()}}function copy(e,t){t.x=e.x;t.y=e.y;t.z=e.z;t.w=e.w;t.v=e.v;t.d=e.d;return t}function impl(e,t){var r=new XorGen(e),n=t&&t.state,prng=function(){return(r.next()>>>0)/4294967296};prng.double=function(){do{var e=r.next()>>>11,t=(r.next()>>>0)/4294967296,n=(e+t)/(1<<21)}while(n===0);return n};prng.int32=r.next;prng.quick=prng;if(n){if(typeof n=="object")copy(n,r);prng.state=function(){return copy(r,{})}}return prng}if(t&&t.exports){t.exports=impl}else if(r&&r.amd){r(function(){return impl})}else{this.xorwow=impl}})(this,true&&e,typeof define=="function"&&define)},3042:function(e,t,r){(function(t,n,i){var o=256,s=6,u=52,l="random",c=i.pow(o,s),p=i.pow(2,u),f=p*2,d=o-1,h;function seedrandom(e,t,r){var u=[];t=t==true?{entropy:true}:t||{};var d=mixkey(flatten(t.entropy?[e,tostring(n)]:e==null?autoseed():e,3),u);var h=new ARC4(u);var prng=function(){var e=h.g(s),t=c,r=0;while(e<p){e=(e+r)*o;t*=o;r=h.g(1)}while(e>=f){e/=2;t/=2;r>>>=1}return(e+r)/t};prng.int32=function(){return h.g(4)|0};prng.quick=function(){return h.g(4)/4294967296};prng.double=prng;mixkey(tostring(h.S),n);return(t.pass||r||function(e,t,r,n){if(n){if(n.S){copy(n,h)}e.state=function(){return copy(h,{})}}if(r){i[l]=e;return t}else return e})(prng,d,"global"in t?t.global:this==i,t.state)}function ARC4(e){var t,r=e.length,n=this,i=0,s=n.i=n.j=0,u=n.S=[];if(!r){e=[r++]}while(i<o){u[i]=i++}for(i=0;i<o;i++){u[i]=u[s=d&s+e[i%r]+(t=u[i])];u[s]=t}(n.g=function(e){var t,r=0,i=n.i,s=n.j,u=n.S;while(e--){t=u[i=d&i+1];r=r*o+u[d&(u[i]=u[s=d&s+t])+(u[s]=t)]}n.i=i;n.j=s;return r})(o)}function copy(e,t){t.i=e.i;t.j=e.j;t.S=e.S.slice();return t}function flatten(e,t){var r=[],n=typeof e,i;if(t&&n=="object"){for(i in e){try{r.push(flatten(e[i],t-1))}catch(e){}}}return r.length?r:n=="string"?e:e+"\0"}function mixkey(e,t){var r=e+"",n,i=0;while(i<r.length){t[d&i]=d&(n^=t[d&i]*19)+r.charCodeAt(i++)}return tostring(t)}function autoseed(){try{var e;if(h&&(e=h.randomBytes)){e=e(o)}else{e=new Uint8Array(o);(t.crypto||t.msCrypto).getRandomValues(e)}return tostring(e)}catch(e){var r=t.navigator,i=r&&r.plugins;return[+new Date,t,i,t.screen,tostring(n)]}}function tostring(e){return String.fromCharCode.apply(0,e)}mixkey(i.random(),n);if(true&&e.exports){e.exports=seedrandom;try{h=r(6982)}catch(e){}}else if(typeof define=="function"&&define.amd){define(function(){return seedrandom})}else{i["seed"+l]=seedrandom}})(typeof self!=="undefined"?self:this,[],Math)}};