import{fileURLToPath as e}from"node:url";const a=e(new URL(".",import.meta.url));export const id=744;export const ids=[744];export const modules={6744:(e,r,t)=>{
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
var n=t(3484);var u=t(9896);var i=t(6928);var s=t(2987);var o=t(857);function _mergeNamespaces(e,a){a.forEach(function(a){a&&typeof a!=="string"&&!Array.isArray(a)&&Object.keys(a).forEach(function(r){if(r!=="default"&&!(r in e)){var t=Object.getOwnPropertyDescriptor(a,r);Object.defineProperty(e,r,t.get?t:{enumerable:true,get:function(){return a[r]}})}})});return e}var extendStatics=function(e,a){extendStatics=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,a){e.__proto__=a}||function(e,a){for(var r in a)if(Object.prototype.hasOwnProperty.call(a,r))e[r]=a[r]};return extendStatics(e,a)};function __extends(e,a){if(typeof a!=="function"&&a!==null)throw new TypeError("Class extends value "+String(a)+" is not a constructor or null");extendStatics(e,a);function __(){this.constructor=e}e.prototype=a===null?Object.create(a):(__.prototype=a.prototype,new __)}function __awaiter(e,a,r,t){function adopt(e){return e instanceof r?e:new r(function(a){a(e)})}return new(r||(r=Promise))(function(r,n){function fulfilled(e){try{step(t.next(e))}catch(e){n(e)}}function rejected(e){try{step(t["throw"](e))}catch(e){n(e)}}function step(e){e.done?r(e.value):adopt(e.value).then(fulfilled,rejected)}step((t=t.apply(e,a||[])).next())})}function __generator(e,a){var r={label:0,sent:function(){if(u[0]&1)throw u[1];return u[1]},trys:[],ops:[]},t,n,u,i;return i={next:verb(0),throw:verb(1),return:verb(2)},typeof Symbol==="function"&&(i[Symbol.iterator]=function(){return this}),i;function verb(e){return function(a){return step([e,a])}}function step(i){if(t)throw new TypeError("Generator is already executing.");while(r)try{if(t=1,n&&(u=i[0]&2?n["return"]:i[0]?n["throw"]||((u=n["return"])&&u.call(n),0):n.next)&&!(u=u.call(n,i[1])).done)return u;if(n=0,u)i=[i[0]&2,u.value];switch(i[0]){case 0:case 1:u=i;break;case 4:r.label++;return{value:i[1],done:false};case 5:r.label++;n=i[1];i=[0];continue;case 7:i=r.ops.pop();r.trys.pop();continue;default:if(!(u=r.trys,u=u.length>0&&u[u.length-1])&&(i[0]===6||i[0]===2)){r=0;continue}if(i[0]===3&&(!u||i[1]>u[0]&&i[1]<u[3])){r.label=i[1];break}if(i[0]===6&&r.label<u[1]){r.label=u[1];u=i;break}if(u&&r.label<u[2]){r.label=u[2];r.ops.push(i);break}if(u[2])r.ops.pop();r.trys.pop();continue}i=a.call(e,r)}catch(e){i=[6,e];n=0}finally{t=u=0}if(i[0]&5)throw i[1];return{value:i[0]?i[1]:void 0,done:true}}}function __values(e){var a=typeof Symbol==="function"&&Symbol.iterator,r=a&&e[a],t=0;if(r)return r.call(e);if(e&&typeof e.length==="number")return{next:function(){if(e&&t>=e.length)e=void 0;return{value:e&&e[t++],done:!e}}};throw new TypeError(a?"Object is not iterable.":"Symbol.iterator is not defined.")}function __read(e,a){var r=typeof Symbol==="function"&&e[Symbol.iterator];if(!r)return e;var t=r.call(e),n,u=[],i;try{while((a===void 0||a-- >0)&&!(n=t.next()).done)u.push(n.value)}catch(e){i={error:e}}finally{try{if(n&&!n.done&&(r=t["return"]))r.call(t)}finally{if(i)throw i.error}}return u}function __spreadArray(e,a,r){if(r||arguments.length===2)for(var t=0,n=a.length,u;t<n;t++){if(u||!(t in a)){if(!u)u=Array.prototype.slice.call(a,0,t);u[t]=a[t]}}return e.concat(u||Array.prototype.slice.call(a))}
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
 */var d;(function(e){e[e["float32"]=0]="float32";e[e["int32"]=1]="int32";e[e["bool"]=2]="bool";e[e["string"]=3]="string";e[e["complex64"]=4]="complex64"})(d||(d={}));var p;(function(e){e[e["linear"]=0]="linear";e[e["relu"]=1]="relu";e[e["relu6"]=2]="relu6";e[e["prelu"]=3]="prelu";e[e["leakyrelu"]=4]="leakyrelu";e[e["sigmoid"]=5]="sigmoid";e[e["elu"]=6]="elu"})(p||(p={}));var l;function setup$1a(e){l=e.wasm.cwrap(n._FusedMatMul,null,["number","array","number","number","array","number","number","number","number","number","number","number","number"])}function fusedBatchMatMul(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.a,i=a.b,s=a.bias,o=a.preluActivationWeights;if(u.dtype!=="float32"||i.dtype!=="float32"){throw new Error("_FusedMatMul for non non-float32 tensors not yet supported.")}var d=t.transposeA,c=t.transposeB,m=t.activation,f=t.leakyreluAlpha;var v=r.dataIdMap.get(u.dataId).id;var h=r.dataIdMap.get(i.dataId).id;var b=0;if(s!=null){var _=r.dataIdMap.get(s.dataId);if(_.shape.length!==1){throw new Error("_FusedMatMul only supports rank-1 bias but got "+"rank ".concat(_.shape.length,"."))}b=_.id}var y=o==null?0:r.dataIdMap.get(o.dataId).id;var g=p[m];if(g==null){throw new Error("".concat(m," activation not yet supported for FusedConv2D ")+"in the wasm backend.")}var k=d?u.shape[2]:u.shape[1];var I=c?i.shape[1]:i.shape[2];var w=n.broadcast_util.assertAndGetBroadcastShape(u.shape.slice(0,-2),i.shape.slice(0,-2));var S=r.makeOutput(__spreadArray(__spreadArray([],__read(w),false),[k,I],false),u.dtype);var M=r.dataIdMap.get(S.dataId).id;var A=new Uint8Array(new Int32Array(u.shape).buffer);var x=new Uint8Array(new Int32Array(i.shape).buffer);l(v,A,u.shape.length,h,x,i.shape.length,d,c,g,b,y,f||0,M);return S}var c={kernelName:n._FusedMatMul,backendName:"wasm",setupFunc:setup$1a,kernelFunc:fusedBatchMatMul};
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
 */function createUnaryKernelConfig(e,a){var r;function setupFunc(a){r=a.wasm.cwrap(e,null,["number","number","number"])}function kernelFunc(e){var t=e.backend,u=e.inputs.x;var i=t.dataIdMap.get(u.dataId).id;var s=t.makeOutput(u.shape,a||u.dtype);var o=t.dataIdMap.get(s.dataId).id;if(n.util.sizeFromShape(s.shape)===0){return s}r(i,d[u.dtype],o);return s}return{kernelName:e,backendName:"wasm",setupFunc:setupFunc,kernelFunc:kernelFunc}}
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
 */var m=createUnaryKernelConfig(n.Abs);
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
 */var f=createUnaryKernelConfig(n.Acos);
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
 */var v=createUnaryKernelConfig(n.Acosh);
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
 */function createBinaryKernelConfig(e,a,r){var t;function setupFunc(a){t=a.wasm.cwrap(e,null,["number","array","number","number","array","number","number","number"])}function kernelFunc(e){var a=e.backend,u=e.inputs;var i=u.a,s=u.b;var o=a.dataIdMap.get(i.dataId).id;var p=a.dataIdMap.get(s.dataId).id;var l=r!=null?r:i.dtype;var c=n.backend_util.assertAndGetBroadcastShape(i.shape,s.shape);var m=a.makeOutput(c,l);if(n.util.sizeFromShape(c)===0){return m}var f=new Uint8Array(new Int32Array(i.shape).buffer);var v=new Uint8Array(new Int32Array(s.shape).buffer);var h=a.dataIdMap.get(m.dataId).id;var kernelFunc=function(){return t(o,f,i.shape.length,p,v,s.shape.length,d[i.dtype],h)};kernelFunc();return m}return{kernelName:e,backendName:"wasm",setupFunc:setupFunc,kernelFunc:kernelFunc}}
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
 */var h=createBinaryKernelConfig(n.Add);
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
 */var b;function setupFunc$1(e){b=e.wasm.cwrap(n.AddN,null,["array","number","number","number"])}function addn(e){var a=e.inputs,r=e.backend;var t=r.makeOutput(a[0].shape,a[0].dtype);if(n.util.sizeFromShape(t.shape)===0){return t}var u=a.map(function(e){return r.dataIdMap.get(e.dataId).id});var i=new Uint8Array(new Int32Array(u).buffer);var s=r.dataIdMap.get(t.dataId).id;b(i,u.length,d[t.dtype],s);return t}var _={kernelName:n.AddN,backendName:"wasm",setupFunc:setupFunc$1,kernelFunc:addn};
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
 */function identity(e){var a=e.inputs.x,r=e.backend;if(a.dtype==="string"){return n.tensor(r.readSync(a.dataId),a.shape,a.dtype)}var t=r.makeOutput(a.shape,a.dtype);var u=r.typedArrayFromHeap(a);var i=r.typedArrayFromHeap(t);i.set(u);return t}var y={kernelName:n.Identity,backendName:"wasm",kernelFunc:identity};var g;function setup$19(e){g=e.wasm.cwrap(n.Transpose,null,["number","array","number","number","number","array","number"])}function transpose(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=__read(removeOneSizeDims(a.x.shape,t.perm),2),u=n[0],i=n[1];var s=true;for(var o=0;o<i.length;o++){if(i[o]!==o){s=false}}var p=computeOutShape(a.x.shape,t.perm);var l={dataId:a.x.dataId,shape:u,dtype:a.x.dtype};if(s){var c=identity({inputs:a,backend:r});c.shape=p;return c}var m=r.makeOutput(p,l.dtype);var f=r.dataIdMap.get(l.dataId).id;var v=r.dataIdMap.get(m.dataId).id;var h=new Uint8Array(new Int32Array(i).buffer);var b=new Uint8Array(new Int32Array(l.shape).buffer);g(f,b,l.shape.length,d[l.dtype],v,h,i.length);return m}function computeOutShape(e,a){var r=new Array(e.length);for(var t=0;t<r.length;t++){r[t]=e[a[t]]}return r}function removeOneSizeDims(e,a){var r=[];var t=[];for(var n=0;n<e.length;++n){if(e[n]!==1){r.push(e[n])}if(e[a[n]]!==1){t.push(a[n])}}for(var n=0;n<t.length;++n){var u=-1;for(var i=0;i<t.length;++i){if(t[i]>=n&&(u===-1||t[u]>t[i])){u=i}}t[u]=n}return[r,t]}var k={kernelName:n.Transpose,backendName:"wasm",kernelFunc:transpose,setupFunc:setup$19};
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
 */function permuteAxesAndTranspose(e,a,r){var t=e.shape;var u=e.shape.length;var i=n.util.parseAxisParam(a,t);var s=i;var o=n.backend_util.getAxesPermutation(s,u);var d=null;var p=false;if(o!=null){var l=new Array(u);for(var c=0;c<l.length;c++){l[c]=t[o[c]]}s=n.backend_util.getInnerMostAxes(s.length,u);d=transpose({inputs:{x:e},attrs:{perm:o},backend:r});var m=r.dataIdMap.get(e.dataId).id;var f=r.dataIdMap.get(d.dataId).id;if(f!==m){p=true}}return{transposed:d,originalAxes:i,axes:s,inputWasTransposed:p}}var I;function setup$18(e){I=e.wasm.cwrap(n.All,null,["number, number, number"])}function all(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=t.axis,i=t.keepDims;var s=r.x;var o=a.dataIdMap.get(s.dataId).id;var d=o;var p=s;var l=permuteAxesAndTranspose(s,u,a),c=l.transposed,m=l.axes,f=l.originalAxes,v=l.inputWasTransposed;if(v){var h=a.dataIdMap.get(c.dataId).id;p=c;d=h}var b=p.shape.length;n.backend_util.assertAxesAreInnerMostDims("all",m,b);var _=__read(n.backend_util.computeOutAndReduceShapes(p.shape,m),2),y=_[0],g=_[1];var k=n.util.sizeFromShape(g);var w=a.makeOutput(y,s.dtype);if(n.util.sizeFromShape(p.shape)!==0){var S=a.dataIdMap.get(w.dataId).id;I(d,k,S)}if(v){a.disposeData(c.dataId)}if(i){var M=n.backend_util.expandShapeToKeepDim(w.shape,f);w.shape=M}return w}var w={kernelName:n.All,backendName:"wasm",setupFunc:setup$18,kernelFunc:all};var S;function setup$17(e){S=e.wasm.cwrap(n.Any,null,["number, number, number"])}function any(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=t.axis,i=t.keepDims;var s=r.x;var o=a.dataIdMap.get(s.dataId).id;var d=o;var p=s;var l=permuteAxesAndTranspose(s,u,a),c=l.transposed,m=l.axes,f=l.originalAxes,v=l.inputWasTransposed;if(v){var h=a.dataIdMap.get(c.dataId).id;p=c;d=h}var b=p.shape.length;n.backend_util.assertAxesAreInnerMostDims("any",m,b);var _=__read(n.backend_util.computeOutAndReduceShapes(p.shape,m),2),y=_[0],g=_[1];var k=n.util.sizeFromShape(g);var I=a.makeOutput(y,s.dtype);if(n.util.sizeFromShape(p.shape)!==0){var w=a.dataIdMap.get(I.dataId).id;S(d,k,w)}if(v){a.disposeData(c.dataId)}if(i){var M=n.backend_util.expandShapeToKeepDim(I.shape,f);I.shape=M}return I}var M={kernelName:n.Any,backendName:"wasm",setupFunc:setup$17,kernelFunc:any};
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
 */function createArgMinMaxKernelConfig(e){var a;function setupFunc(r){a=r.wasm.cwrap(e,null,["number","number","number","number","number"])}function kernelFunc(e){var r=e.backend,t=e.inputs,u=e.attrs;var i=u.axis;var s=t.x;var o=r.dataIdMap.get(s.dataId).id;var p=o;var l=s;var c=permuteAxesAndTranspose(s,i,r),m=c.transposed,f=c.axes,v=c.inputWasTransposed;if(v){var h=r.dataIdMap.get(m.dataId).id;if(h!==o){l=m;p=h}}var b=l.shape.slice(0,-1);var _=r.makeOutput(b,"int32");var y=r.dataIdMap.get(_.dataId).id;var g=n.util.sizeFromShape(_.shape);var k=l.shape[f[0]];a(p,d[l.dtype],g,k,y);if(v){r.disposeData(m.dataId)}return _}return{kernelName:e,backendName:"wasm",setupFunc:setupFunc,kernelFunc:kernelFunc}}
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
 */var A=createArgMinMaxKernelConfig(n.ArgMax);
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
 */var x=createArgMinMaxKernelConfig(n.ArgMin);
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
 */var F=createUnaryKernelConfig(n.Asin);
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
 */var D=createUnaryKernelConfig(n.Asinh);
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
 */var N=createUnaryKernelConfig(n.Atan);
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
 */var R=createBinaryKernelConfig(n.Atan2);
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
 */var C=createUnaryKernelConfig(n.Atanh);
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
 */var P;function setup$16(e){P=e.wasm.cwrap(n.AvgPool,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function avgPool(e){var a=e.inputs,r=e.attrs,t=e.backend;var u=a.x;var i=t.dataIdMap.get(u.dataId).id;var s=r.filterSize,o=r.strides,d=r.pad,p=r.dimRoundingMode;var l=n.backend_util.computePool2DInfo(u.shape,s,o,1,d,p);var c=l.filterHeight;var m=l.filterWidth;var f=l.padInfo.top;var v=l.padInfo.right;var h=l.padInfo.bottom;var b=l.padInfo.left;var _=l.strideHeight;var y=l.strideWidth;var g=l.inChannels;if(l.dataFormat!=="channelsLast"){throw new Error("wasm backend does not support dataFormat:'"+"".concat(l.dataFormat,"'. Please use 'channelsLast'."))}if(l.dilationWidth!==1||l.dilationHeight!==1){throw new Error("was backend only supports average pooling with dilation = [1, 1], "+"got [".concat(l.dilationHeight,", ").concat(l.dilationWidth,"]."))}var k=t.makeOutput(l.outShape,"float32");var I=t.dataIdMap.get(k.dataId).id;P(i,u.shape[0],u.shape[1],u.shape[2],c,m,f,v,h,b,_,y,g,I);return k}var E={kernelName:n.AvgPool,backendName:"wasm",setupFunc:setup$16,kernelFunc:avgPool};
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
 */var T;function setup$15(e){T=e.wasm.cwrap("AvgPool3D",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function avgPool3D(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x;var i=t.filterSize,s=t.strides,o=t.pad,d=t.dimRoundingMode,p=t.dataFormat;var l=n.backend_util.computePool3DInfo(u.shape,i,s,1,o,d,p);var c=r.makeOutput(l.outShape,u.dtype);T(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(c.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left);return c}var W={kernelName:n.AvgPool3D,backendName:"wasm",setupFunc:setup$15,kernelFunc:avgPool3D};
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
 */var O;function setup$14(e){O=e.wasm.cwrap("AvgPool3DGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function avgPool3DGrad(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.dy,i=a.input;var s=t.filterSize,o=t.strides,d=t.pad,p=t.dimRoundingMode;var l=n.backend_util.computePool3DInfo(i.shape,s,o,1,d,p);var c=r.makeOutput(i.shape,i.dtype);O(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(c.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left,l.filterDepth,l.filterHeight,l.filterWidth);return c}var B={kernelName:n.AvgPool3DGrad,backendName:"wasm",setupFunc:setup$14,kernelFunc:avgPool3DGrad};
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
 */var U;function setup$13(e){U=e.wasm.cwrap("AvgPoolGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function avgPoolGrad(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.dy,i=a.input;var s=t.filterSize,o=t.strides,d=t.pad;var p=n.backend_util.computePool2DInfo(i.shape,s,o,1,d);var l=r.makeOutput(i.shape,i.dtype);U(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(l.dataId).id,p.batchSize,p.inChannels,p.inHeight,p.inWidth,p.outHeight,p.outWidth,p.strideHeight,p.strideWidth,p.dilationHeight,p.dilationWidth,p.effectiveFilterHeight,p.effectiveFilterWidth,p.padInfo.top,p.padInfo.left,p.filterHeight,p.filterWidth);return l}var z={kernelName:n.AvgPoolGrad,backendName:"wasm",setupFunc:setup$13,kernelFunc:avgPoolGrad};
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
 */function reshape(e){var a=e.inputs,r=e.attrs;var t=a.x;var u=r.shape;var i=n.util.sizeFromShape(t.shape);var s=n.util.inferFromImplicitShape(u,i);n.util.assert(i===n.util.sizeFromShape(s),function(){return"new shape: ".concat(s,", old shape: ").concat(t.shape,". New shape and old ")+"shape must have the same number of elements."});e.backend.incRef(t.dataId);return{dataId:t.dataId,shape:s,dtype:t.dtype}}var H={kernelName:n.Reshape,backendName:"wasm",kernelFunc:reshape};
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
 */var G;function setup$12(e){G=e.wasm.cwrap(n.BatchMatMul,null,["number","array","number","number","array","number","number","number","number"])}function batchMatMul(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.a,i=a.b;var s=t.transposeA,o=t.transposeB;if(u.dtype!=="float32"||i.dtype!=="float32"){throw new Error("BatchMatMul for non non-float32 tensors not yet supported.")}var d=u.shape.length;var p=i.shape.length;var l=s?u.shape[d-2]:u.shape[d-1];var c=o?i.shape[p-1]:i.shape[p-2];var m=s?u.shape[d-1]:u.shape[d-2];var f=o?i.shape[p-2]:i.shape[p-1];var v=u.shape.slice(0,-2);var h=i.shape.slice(0,-2);var b=n.util.sizeFromShape(v);var _=n.util.sizeFromShape(h);var y=n.broadcast_util.assertAndGetBroadcastShape(u.shape.slice(0,-2),i.shape.slice(0,-2));var g=y.concat([m,f]);n.util.assert(l===c,function(){return"Error in matMul: inner shapes (".concat(l,") and (")+"".concat(c,") of Tensors with shapes ").concat(u.shape," and ")+"".concat(i.shape," and transposeA=").concat(s)+" and transposeB=".concat(o," must match.")});var k=s?[b,l,m]:[b,m,l];var I=o?[_,f,c]:[_,c,f];var w=reshape({inputs:{x:u},backend:r,attrs:{shape:k}});var S=reshape({inputs:{x:i},backend:r,attrs:{shape:I}});var M=r.dataIdMap.get(w.dataId).id;var A=r.dataIdMap.get(S.dataId).id;var x=s?w.shape[2]:w.shape[1];var F=o?S.shape[1]:S.shape[2];var D=Math.max(b,_);var N=r.makeOutput([D,x,F],w.dtype);var R=r.dataIdMap.get(N.dataId).id;var C=new Uint8Array(new Int32Array(w.shape).buffer);var P=new Uint8Array(new Int32Array(S.shape).buffer);G(M,C,w.shape.length,A,P,S.shape.length,s,o,R);r.disposeData(w.dataId);r.disposeData(S.dataId);N.shape=g;return N}var L={kernelName:n.BatchMatMul,backendName:"wasm",setupFunc:setup$12,kernelFunc:batchMatMul};
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
 */function concatImpl(e,a,r,t){var u=n.util.getArrayFromDType(r,n.util.sizeFromShape(a));if(t&&r!=="string"){var i=0;e.forEach(function(e){var a=n.util.sizeFromShape(e.shape);u.set(e.vals,i);i+=a})}else{var s=0;e.forEach(function(e){var t=r==="string"?n.backend_util.fromUint8ToStringArray(e.vals):e.vals;var i=0;for(var o=0;o<e.shape[0];++o){var d=o*a[1]+s;for(var p=0;p<e.shape[1];++p){u[d+p]=t[i++]}}s+=e.shape[1]})}return u}n.backend_util.RowPartitionType;
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
 */function rangeImpl(e,a,r,t){var u=e===a;var i=e<a&&r<0;var s=a<e&&r>1;if(u||i||s){return n.util.makeZerosTypedArray(0,t)}var o=Math.abs(Math.ceil((a-e)/r));var d=n.util.makeZerosTypedArray(o,t);if(a<e&&r===1){r=-1}d[0]=e;for(var p=1;p<d.length;p++){d[p]=d[p-1]+r}return d}function sliceImpl(e,a,r,t,u){var i=n.slice_util.isSliceContinous(t,a,r);var s=n.util.sizeFromShape(r);var o=n.util.computeStrides(t);if(i){var d=n.slice_util.computeFlatOffset(a,o);if(u==="string"){return e.slice(d,d+s)}return e.subarray(d,d+s)}var p=u==="string"?n.backend_util.fromUint8ToStringArray(e):e;var l=n.buffer(t,u,p);var c=n.buffer(r,u);for(var m=0;m<c.size;++m){var f=c.indexToLoc(m);var v=f.map(function(e,r){return e+a[r]});c.set.apply(c,__spreadArray([l.get.apply(l,__spreadArray([],__read(v),false))],__read(f),false))}if(u==="string"){return n.backend_util.fromStringArrayToUint8(c.values)}return c.values}
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
 */var $=function(){function StringNGramsOp(e,a,r,t,u,i){this.separator=n.util.encodeString(e);this.nGramWidths=a;this.leftPad=n.util.encodeString(r);this.rightPad=n.util.encodeString(t);this.padWidth=u;this.preserveShort=i}StringNGramsOp.prototype.getPadWidth=function(e){return Math.min(this.padWidth<0?e-1:this.padWidth,e-1)};StringNGramsOp.prototype.getNumNGrams=function(e,a){var r=this.getPadWidth(a);return Math.max(0,e+2*r-a+1)};StringNGramsOp.prototype.createNGrams=function(e,a,r,t,n,u){var _loop_1=function(s){var o=i.getPadWidth(u);var d=Math.max(0,o-s);var p=Math.max(0,o-(n-(s+1)));var l=u-(d+p);var c=a+(d>0?0:s-o);var m=0;m+=d*i.leftPad.length;for(var f=0;f<l;++f){m+=e[c+f].length}m+=p*i.rightPad.length;var v=d+p+l-1;m+=v*i.separator.length;r[t+s]=new Uint8Array(m);var h=r[t+s];var b=0;var appendToNGram=function(e){return e.forEach(function(e){return h[b++]=e})};for(var f=0;f<d;++f){appendToNGram(i.leftPad);appendToNGram(i.separator)}for(var f=0;f<l-1;++f){appendToNGram(e[c+f]);appendToNGram(i.separator)}if(l>0){appendToNGram(e[c+l-1]);for(var f=0;f<p;++f){appendToNGram(i.separator);appendToNGram(i.rightPad)}}else{for(var f=0;f<p-1;++f){appendToNGram(i.rightPad);appendToNGram(i.separator)}appendToNGram(i.rightPad)}};var i=this;for(var s=0;s<n;++s){_loop_1(s)}};StringNGramsOp.prototype.compute=function(e,a){var r=this;var t=e.length;var u=a.length;if(u>0){var i=a[0];if(i!==0){throw new Error("First split value must be 0, got ".concat(i))}for(var s=1;s<u;++s){var o=a[s]>=i;o=o&&a[s]<=t;if(!o){throw new Error("Invalid split value ".concat(a[s],", must be in [").concat(i,", ").concat(t,"]"))}i=a[s]}if(i!==t){throw new Error("Last split value must be data size. Expected ".concat(t,", got ").concat(i))}}var d=u-1;var p=n.util.getArrayFromDType("int32",u);if(t===0||u===0){var l=new Array(t);for(var s=0;s<=d;++s){p[s]=0}return[l,p]}p[0]=0;var _loop_2=function(e){var t=a[e]-a[e-1];var n=0;c.nGramWidths.forEach(function(e){n+=r.getNumNGrams(t,e)});if(c.preserveShort&&t>0&&n===0){n=1}p[e]=p[e-1]+n};var c=this;for(var s=1;s<=d;++s){_loop_2(s)}var m=new Array(p[d]);var _loop_3=function(t){var n=a[t];var u=p[t];f.nGramWidths.forEach(function(i){var s=a[t+1]-a[t];var o=r.getNumNGrams(s,i);r.createNGrams(e,n,m,u,o,i);u+=o});if(f.preserveShort&&u===p[t]){var i=a[t+1]-a[t];if(i===0){return"continue"}var s=i+2*f.padWidth;var o=1;f.createNGrams(e,n,m,u,o,s)}};var f=this;for(var s=0;s<d;++s){_loop_3(s)}return[m,p]};return StringNGramsOp}();function stringNGramsImpl(e,a,r,t,n,u,i,s){return new $(r,t,n,u,i,s).compute(e,a)}
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
 */function split(e,a,r,t){if(!e.length){return}if(a.length===0){for(var n=0;n<e.length;++n){t.push(e.subarray(n,n+1))}return}if(a.length===1){var u=a[0];var i=e.indexOf(u);while(i!==-1){var s=e.subarray(0,i);if(!r||s.length!==0){t.push(s)}e=e.subarray(i+1);i=e.indexOf(u)}if(!r||e.length!==0){t.push(e)}return}var o=0;for(var n=0;n<e.length+1;n++){if(n===e.length||a.indexOf(e[n])!==-1){var s=e.subarray(o,n);if(!r||s.length!==0){t.push(s)}o=n+1}}}function stringSplitImpl(e,a,r){var t=e.length;var u=[];var i=0;var s=0;var o=new Array(t);for(var d=0;d<t;++d){var p=u.length;split(e[d],a,r,u);var l=u.length-p;o[d]=l;i+=l;s=Math.max(s,l)}var c=n.util.getArrayFromDType("int32",i*2);var m=new Array(i);var f=[t,s];var v=0;for(var d=0;d<t;++d){for(var h=0;h<o[d];++h){c[v*2]=d;c[v*2+1]=h;m[v]=u[v];++v}}return[c,m,f]}
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
 */function stringToHashBucketFastImpl(e,a){var r=n.util.getArrayFromDType("int32",e.length);for(var t=0;t<e.length;++t){r[t]=n.util.fingerPrint64(e[t]).modulo(a).getLowBitsUnsigned()}return r}
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
 */function uniqueImpl(e,a,r,t){var u=n.util.parseAxisParam(a,r)[0];var i=[1,r[0],1];for(var s=0;s<u;s++){i[0]*=r[s]}i[1]=r[u];for(var s=u+1;s<r.length;s++){i[2]*=r[s]}var o=new Map;var d=new Int32Array(r[u]);var p=new n.TensorBuffer(i,t,e);var l=[];var c=i[0]===1&&i[2]===1;for(var s=0;s<r[u];s++){var m=void 0;if(c){m=e[s].toString()}else{var f=[];for(var v=0;v<i[0];v++){for(var h=0;h<i[2];h++){f.push(p.get(v,s,h))}}m=f.join(",")}var b=o.get(m);if(b!=null){d[s]=b}else{var _=o.size;o.set(m,_);d[s]=_;l.push(s)}}var y=i.slice();y[1]=o.size;var g=new n.TensorBuffer(y,t);l.forEach(function(e,a){for(var r=0;r<i[0];r++){for(var t=0;t<i[2];t++){g.set(p.get(r,e,t),r,a,t)}}});var k=r.slice();k[u]=y[1];return{outputValues:g.values,outputShape:k,indices:d}}function slice(e){var a=e.inputs.x,r=e.attrs,t=r.begin,u=r.size,i=e.backend;var s=__read(n.slice_util.parseSliceParams(a,t,u),2),o=s[0],d=s[1];var p=n.slice_util.isSliceContinous(a.shape,o,d);var l=i.readSync(a.dataId);var c=i.makeOutput(d,a.dtype);var m=n.util.computeStrides(a.shape);var f=i.dataIdMap.get(c.dataId);if(p){var v=n.slice_util.computeFlatOffset(o,m);if(a.dtype==="string"){f.stringBytes=l.slice(v,v+n.util.sizeFromShape(d))}else{var h=i.typedArrayFromHeap(c);h.set(l.subarray(v,v+n.util.sizeFromShape(d)))}return c}if(a.dtype==="string"){var b=sliceImpl(l,o,d,a.shape,a.dtype);f.stringBytes=b;return c}var _=i.typedArrayFromHeap(c);var y=a.shape.length;if(y===2){slice2d(l,m[0],_,o,d)}else if(y===3){slice3d(l,m[0],m[1],_,o,d)}else if(y===4){slice4d(l,m[0],m[1],m[2],_,o,d)}else{var b=sliceImpl(l,o,d,a.shape,a.dtype);_.set(b)}return c}function slice2d(e,a,r,t,n){var u=0;var i=t[0];var s=t[1];var o=i+n[0];for(var d=i;d<o;d++){var p=d*a+s;r.set(e.subarray(p,p+n[1]),u);u+=n[1]}}function slice3d(e,a,r,t,n,u){var i=0;var s=n[0];var o=n[1];var d=n[2];var p=s+u[0];var l=o+u[1];for(var c=s;c<p;c++){for(var m=o;m<l;m++){var f=c*a+m*r+d;t.set(e.subarray(f,f+u[2]),i);i+=u[2]}}}function slice4d(e,a,r,t,n,u,i){var s=0;var o=u[0];var d=u[1];var p=u[2];var l=o+i[0];var c=d+i[1];var m=p+i[2];var f=u[3];for(var v=o;v<l;v++){for(var h=d;h<c;h++){for(var b=p;b<m;b++){var _=v*a+h*r+b*t+f;n.set(e.subarray(_,_+i[3]),s);s+=i[3]}}}}var j={kernelName:n.Slice,backendName:"wasm",kernelFunc:slice};
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
 */function batchToSpaceND(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x;var i=t.blockShape,s=t.crops;var o=i.reduce(function(e,a){return e*a});var d=n.backend_util.getReshaped(u.shape,i,o);var p=n.backend_util.getPermuted(d.length,i.length);var l=n.backend_util.getReshapedPermuted(u.shape,i,o);var c=n.backend_util.getSliceBeginCoords(s,i.length);var m=n.backend_util.getSliceSize(l,s,i.length);var f=reshape({inputs:{x:u},backend:r,attrs:{shape:d}});var v=transpose({inputs:{x:f},backend:r,attrs:{perm:p}});var h=reshape({inputs:{x:v},backend:r,attrs:{shape:l}});var b=slice({inputs:{x:h},backend:r,attrs:{begin:c,size:m}});r.disposeData(f.dataId);r.disposeData(v.dataId);r.disposeData(h.dataId);return b}var V={kernelName:n.BatchToSpaceND,backendName:"wasm",kernelFunc:batchToSpaceND};
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
 */var q;function setup$11(e){q=e.wasm.cwrap(n.Bincount,null,["number","number","boolean","number","number","number"])}function bincount(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=r.x,u=r.weights;var i=t.size;var s=u.shape.reduce(function(e,a){return e*a},1)!==0;var o=n.shape.length===1?[i]:[n.shape[0],i];var p=a.makeOutput(o,u.dtype);function tensorId(e){return a.dataIdMap.get(e.dataId).id}q(tensorId(n),i,s,tensorId(u),d[u.dtype],tensorId(p));return p}var K={kernelName:n.Bincount,backendName:"wasm",setupFunc:setup$11,kernelFunc:bincount};
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
 */var Q=createBinaryKernelConfig(n.BitwiseAnd);
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
 */function broadcastArgs(e){var a=e.inputs,r=e.backend;var t=a.s0,u=a.s1;var i=r.typedArrayFromHeap(t);var s=r.typedArrayFromHeap(u);var o=n.backend_util.assertAndGetBroadcastShape(Array.from(i),Array.from(s));return r.makeOutput([o.length],"int32",undefined,new Int32Array(o))}var X={kernelName:n.BroadcastArgs,backendName:"wasm",kernelFunc:broadcastArgs};
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
 */function cast(e){var a=e.inputs.x,r=e.attrs.dtype,t=e.backend;var n=t.makeOutput(a.shape,r);var u=t.typedArrayFromHeap(a);var i=t.typedArrayFromHeap(n);i.set(u);return n}var J={kernelName:n.Cast,backendName:"wasm",kernelFunc:cast};
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
 */var Z=createUnaryKernelConfig(n.Ceil);
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
 */var Y;function setup$10(e){Y=e.wasm.cwrap(n.ClipByValue,null,["number","number","number","number"])}function clip(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.x;var u=t.clipValueMin,i=t.clipValueMax;var s=r.dataIdMap.get(n.dataId).id;var o=r.makeOutput(n.shape,n.dtype);var d=r.dataIdMap.get(o.dataId).id;Y(s,u,i,d);return o}var ee={kernelName:n.ClipByValue,backendName:"wasm",setupFunc:setup$10,kernelFunc:clip};
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
 */function concat(e){var a=e.inputs,r=e.backend;var t=n.util.parseAxisParam(e.attrs.axis,a[0].shape)[0];var u=a.map(function(e){return e.shape});n.backend_util.assertParamsConsistent(u,t);var i=n.backend_util.computeOutShape(a.map(function(e){return e.shape}),t);var s=a.filter(function(e){return n.util.sizeFromShape(e.shape)>0});if(s.length===1){return identity({inputs:{x:s[0]},backend:r})}var o=r.makeOutput(i,a[0].dtype);if(n.util.sizeFromShape(i)===0){return o}if(s[0].dtype==="string"){var d=s.map(function(e){var a=n.util.sizeFromShape(e.shape.slice(t));var u=[-1,a];return reshape({inputs:{x:e},backend:r,attrs:{shape:u}})});var p=d.map(function(e){return{vals:r.readSync(e.dataId),shape:e.shape}});i=n.backend_util.computeOutShape(d.map(function(e){return e.shape}),1);var l=d[0].shape[0]===1;var c=concatImpl(p,i,a[0].dtype,l);var m=n.backend_util.computeOutShape(s.map(function(e){return e.shape}),t);o.shape=m;var f=r.dataIdMap.get(o.dataId);f.stringBytes=n.backend_util.fromStringArrayToUint8(c);d.forEach(function(e){return r.disposeData(e.dataId)});return o}var v=n.util.sizeFromShape(s[0].shape.slice(0,t));var h=0;var b=s.map(function(e){var a=n.util.sizeFromShape(e.shape.slice(t));h+=a;return a});var _=s.map(function(e){return r.typedArrayFromHeap(e)});var y=r.typedArrayFromHeap(o);for(var g=0;g<v;g++){var k=g*h;for(var I=0;I<_.length;I++){var w=b[I];var S=g*w;var M=_[I].subarray(S,S+w);y.set(M,k);k+=w}}return o}var ae={kernelName:n.Concat,backendName:"wasm",kernelFunc:concat};
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
 */var re;function setup$$(e){re=e.wasm.cwrap(n.Conv2D,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function conv2d(e){var a=e.inputs,r=e.attrs,t=e.backend;var u=a.x,i=a.filter;var s=t.dataIdMap.get(u.dataId).id;var o=t.dataIdMap.get(i.dataId).id;var d=r.strides,p=r.dilations,l=r.pad,c=r.dimRoundingMode,m=r.dataFormat;var f=n.backend_util.convertConv2DDataFormat(m);var v=n.backend_util.computeConv2DInfo(u.shape,i.shape,d,p,l,c,false,f);var h=v.filterHeight;var b=v.filterWidth;var _=v.padInfo.top;var y=v.padInfo.right;var g=v.padInfo.bottom;var k=v.padInfo.left;var I=v.dilationHeight;var w=v.dilationWidth;var S=v.strideHeight;var M=v.strideWidth;var A=v.inChannels;var x=v.outChannels;var F=v.padInfo.type==="SAME"?1:0;if(v.dataFormat!=="channelsLast"){throw new Error("wasm backend Conv2D does not support dataFormat:'"+"".concat(v.dataFormat,"'. Please use 'channelsLast'."))}var D=t.makeOutput(v.outShape,"float32");var N=t.dataIdMap.get(D.dataId).id;re(s,u.shape[0],u.shape[1],u.shape[2],o,h,b,_,y,g,k,F,I,w,S,M,A,x,N);return D}var te={kernelName:n.Conv2D,backendName:"wasm",setupFunc:setup$$,kernelFunc:conv2d};var ne;function setup$_(e){ne=e.wasm.cwrap(n.Conv2DBackpropInput,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function conv2DBackpropInput(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.dy,i=r.filter;var s=t.strides,o=t.pad,d=t.dataFormat,p=t.dimRoundingMode,l=t.inputShape;var c=1;var m=n.backend_util.convertConv2DDataFormat(d);var f=n.backend_util.computeConv2DInfo(l,i.shape,s,c,o,p,false,m);var v=f.batchSize,h=f.filterHeight,b=f.filterWidth,_=f.inChannels,y=f.inHeight,g=f.inWidth,k=f.outChannels,I=f.outHeight,w=f.outWidth,S=f.strideHeight,M=f.strideWidth;var A=h-1-f.padInfo.top;var x=b-1-f.padInfo.left;var F=f.dataFormat==="channelsLast";var D=n.util.computeStrides(f.inShape);var N=n.util.computeStrides(u.shape);var R=__read(n.util.computeStrides(i.shape),3),C=R[0],P=R[1],E=R[2];var T=D[0];var W=F?D[1]:D[2];var O=F?D[2]:1;var B=F?1:D[1];var U=N[0];var z=F?N[1]:N[2];var H=F?N[2]:1;var G=F?1:N[1];var L=a.makeOutput(f.inShape,"float32");var $=a.dataIdMap.get(L.dataId).id;var j=a.dataIdMap.get(u.dataId).id;var V=a.dataIdMap.get(i.dataId).id;ne(j,V,v,h,b,y,g,_,I,w,k,S,M,A,x,C,P,E,T,W,O,B,U,z,H,G,$);return L}var ue={kernelName:n.Conv2DBackpropInput,backendName:"wasm",setupFunc:setup$_,kernelFunc:conv2DBackpropInput};
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
 */var ie;function setup$Z(e){ie=e.wasm.cwrap(n.Conv3D,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function conv3D(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x,i=a.filter;var s=t.strides,o=t.pad,d=t.dilations;if(u.dtype!=="float32"){throw new Error("Tensor x must have dtype float32, got ".concat(u.dtype))}if(i.dtype!=="float32"){throw new Error("Tensor filter must have dtype float32, got ".concat(i.dtype))}var p=n.backend_util.computeConv3DInfo(u.shape,i.shape,s,d,o);var l=r.makeOutput(p.outShape,u.dtype);ie(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(l.dataId).id,p.batchSize,p.inDepth,p.inHeight,p.inWidth,p.inChannels,p.outDepth,p.outHeight,p.outWidth,p.outChannels,p.strideDepth,p.strideHeight,p.strideWidth,p.dilationDepth,p.dilationHeight,p.dilationWidth,p.filterDepth,p.filterHeight,p.filterWidth,p.padInfo.front,p.padInfo.top,p.padInfo.left);return l}var se={kernelName:n.Conv3D,backendName:"wasm",setupFunc:setup$Z,kernelFunc:conv3D};
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
 */var oe;function setup$Y(e){oe=e.wasm.cwrap(n.Conv3DBackpropFilterV2,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function conv3DBackpropFilterV2(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x,i=a.dy;var s=t.strides,o=t.pad,d=t.filterShape;if(u.dtype!=="float32"){throw new Error("Tensor dy must have dtype float32, got ".concat(u.dtype))}if(i.dtype!=="float32"){throw new Error("Tensor filter must have dtype float32, got ".concat(i.dtype))}var p=n.backend_util.computeConv3DInfo(u.shape,d,s,1,o);var l=r.makeOutput(p.filterShape,i.dtype);oe(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(l.dataId).id,p.batchSize,p.inDepth,p.inHeight,p.inWidth,p.inChannels,p.outDepth,p.outHeight,p.outWidth,p.outChannels,p.strideDepth,p.strideHeight,p.strideWidth,p.dilationDepth,p.dilationHeight,p.dilationWidth,p.filterDepth,p.filterHeight,p.filterWidth,p.padInfo.front,p.padInfo.top,p.padInfo.left);return l}var de={kernelName:n.Conv3DBackpropFilterV2,backendName:"wasm",setupFunc:setup$Y,kernelFunc:conv3DBackpropFilterV2};
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
 */var pe;function setup$X(e){pe=e.wasm.cwrap(n.Conv3DBackpropInputV2,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function conv3DBackpropInputV2(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.dy,i=a.filter;var s=t.pad,o=t.strides,d=t.inputShape;if(u.dtype!=="float32"){throw new Error("Tensor dy must have dtype float32, got ".concat(u.dtype))}if(i.dtype!=="float32"){throw new Error("Tensor filter must have dtype float32, got ".concat(i.dtype))}var p=n.backend_util.computeConv3DInfo(d,i.shape,o,1,s);var l=r.makeOutput(p.inShape,u.dtype);pe(r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(l.dataId).id,p.batchSize,p.inDepth,p.inHeight,p.inWidth,p.inChannels,p.outDepth,p.outHeight,p.outWidth,p.outChannels,p.strideDepth,p.strideHeight,p.strideWidth,p.dilationDepth,p.dilationHeight,p.dilationWidth,p.filterDepth,p.filterHeight,p.filterWidth,p.padInfo.front,p.padInfo.top,p.padInfo.left);return l}var le={kernelName:n.Conv3DBackpropInputV2,backendName:"wasm",setupFunc:setup$X,kernelFunc:conv3DBackpropInputV2};
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
 */var ce=createUnaryKernelConfig(n.Cos);
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
 */var me=createUnaryKernelConfig(n.Cosh);var fe;(function(e){e[e["bilinear"]=0]="bilinear";e[e["nearest"]=1]="nearest"})(fe||(fe={}));var ve;function setup$W(e){ve=e.wasm.cwrap(n.CropAndResize,null,["number","number","number","number","array","number","number","number","number","number"])}function cropAndResize(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=t.method,u=t.extrapolationValue,i=t.cropSize;var s=r.image,o=r.boxes,d=r.boxInd;var p=o.shape[0];var l=__read(i,2),c=l[0],m=l[1];var f=[p,c,m,s.shape[3]];var v=a.dataIdMap.get(s.dataId);var h;if(s.dtype!=="float32"){h=cast({backend:a,inputs:{x:s},attrs:{dtype:"float32"}});v=a.dataIdMap.get(h.dataId)}var b=v.id;var _=a.dataIdMap.get(o.dataId).id;var y=a.dataIdMap.get(d.dataId).id;var g=a.makeOutput(f,"float32");var k=a.dataIdMap.get(g.dataId).id;var I=new Uint8Array(new Int32Array(s.shape).buffer);ve(b,_,y,p,I,c,m,fe[n],u,k);if(h!=null){a.disposeData(h.dataId)}return g}var he={kernelName:n.CropAndResize,backendName:"wasm",setupFunc:setup$W,kernelFunc:cropAndResize};
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
 */var be;function setup$V(e){be=e.wasm.cwrap(n.Cumprod,null,["number","number","number","number","number","number"])}function cumprod(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x;var i=t.axis,s=t.exclusive,o=t.reverse;var p=u.shape.length;n.util.assert(u.dtype==="float32"||u.dtype==="int32",function(){return"cumprod does not support ".concat(u.dtype," tensors in the WASM backend")});var l=n.backend_util.getAxesPermutation([i],p);var c=u;if(l!==null){c=transpose({inputs:{x:u},attrs:{perm:l},backend:r})}var m=n.backend_util.getInnerMostAxes(1,p)[0];n.backend_util.assertAxesAreInnerMostDims("cumprod",[m],p);var f=r.makeOutput(c.shape,c.dtype);var v=c.shape[m];var h=r.dataIdMap.get(c.dataId).id;var b=r.dataIdMap.get(f.dataId).id;be(h,s?1:0,o?1:0,v,b,d[u.dtype]);var _=f;if(l!==null){var y=n.backend_util.getUndoAxesPermutation(l);_=transpose({inputs:{x:f},attrs:{perm:y},backend:r});r.disposeData(c.dataId);r.disposeData(f.dataId)}return _}var _e={kernelName:n.Cumprod,backendName:"wasm",setupFunc:setup$V,kernelFunc:cumprod};
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
 */var ye;function setup$U(e){ye=e.wasm.cwrap(n.Cumsum,null,["number","number","number","number","number","number"])}function cumsum(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x;var i=t.axis,s=t.exclusive,o=t.reverse;var p=u.shape.length;n.util.assert(u.dtype==="float32"||u.dtype==="int32",function(){return"cumsum does not support ".concat(u.dtype," tensors in the WASM backend")});var l=n.backend_util.getAxesPermutation([i],p);var c=u;if(l!==null){c=transpose({inputs:{x:u},attrs:{perm:l},backend:r})}var m=n.backend_util.getInnerMostAxes(1,p)[0];n.backend_util.assertAxesAreInnerMostDims("cumsum",[m],p);var f=r.makeOutput(c.shape,c.dtype);var v=c.shape[m];var h=r.dataIdMap.get(c.dataId).id;var b=r.dataIdMap.get(f.dataId).id;ye(h,s?1:0,o?1:0,v,b,d[u.dtype]);var _=f;if(l!==null){var y=n.backend_util.getUndoAxesPermutation(l);_=transpose({inputs:{x:f},attrs:{perm:y},backend:r});r.disposeData(c.dataId);r.disposeData(f.dataId)}return _}var ge={kernelName:n.Cumsum,backendName:"wasm",setupFunc:setup$U,kernelFunc:cumsum};
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
 */var ke;function setup$T(e){ke=e.wasm.cwrap("DenseBincount",null,["number","array","number","number","boolean","number","number","boolean","number"])}function denseBincount(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=r.x,u=r.weights;var i=t.size,s=t.binaryOutput;var o=u.shape.reduce(function(e,a){return e*a},1)!==0;var p=n.shape.length===1?[i]:[n.shape[0],i];var l=a.makeOutput(p,u.dtype);function tensorId(e){return a.dataIdMap.get(e.dataId).id}ke(tensorId(n),new Uint8Array(new Int32Array(n.shape).buffer),n.shape.length,i,o,tensorId(u),d[u.dtype],s,tensorId(l));return l}var Ie={kernelName:n.DenseBincount,backendName:"wasm",setupFunc:setup$T,kernelFunc:denseBincount};
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
 */var we;function setup$S(e){we=e.wasm.cwrap(n.DepthToSpace,null,["number","number","number","array","number","array","array","number","number"])}function depthToSpace(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.x;var i=t.blockSize,s=t.dataFormat;var o=u.shape[0];var d=s==="NHWC"?u.shape[1]:u.shape[2];var p=s==="NHWC"?u.shape[2]:u.shape[3];var l=s==="NHWC"?u.shape[3]:u.shape[1];var c=d*i;var m=p*i;var f=l/(i*i);var v=s==="NHWC"?[o,c,m,f]:[o,f,c,m];var h=a.makeOutput(v,"float32");var b=a.dataIdMap.get(u.dataId);var _=b.id;var y=new Uint8Array(new Int32Array(n.util.computeStrides(u.shape)).buffer);var g=new Uint8Array(new Int32Array(v).buffer);var k=new Uint8Array(new Int32Array(n.util.computeStrides(v)).buffer);var I=a.dataIdMap.get(h.dataId).id;var w=s==="NHWC"?1:0;we(_,i,w,y,u.shape.length-1,g,k,v.length,I);return h}var Se={kernelName:n.DepthToSpace,backendName:"wasm",setupFunc:setup$S,kernelFunc:depthToSpace};
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
 */var Me;function setup$R(e){Me=e.wasm.cwrap(n.DepthwiseConv2dNative,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function depthwiseConv2d(e){var a=e.inputs,r=e.attrs,t=e.backend;var u=a.x,i=a.filter;var s=t.dataIdMap.get(u.dataId).id;var o=t.dataIdMap.get(i.dataId).id;var d=r.strides,p=r.dilations,l=r.pad,c=r.dimRoundingMode;var m=p==null?[1,1]:p;var f=n.backend_util.computeConv2DInfo(u.shape,i.shape,d,m,l,c,true);var v=f.filterHeight;var h=f.filterWidth;var b=f.padInfo.top;var _=f.padInfo.right;var y=f.padInfo.bottom;var g=f.padInfo.left;var k=f.dilationHeight;var I=f.dilationWidth;var w=f.strideHeight;var S=f.strideWidth;var M=f.inChannels;var A=f.outChannels;var x=f.padInfo.type==="SAME"?1:0;if(f.dataFormat!=="channelsLast"){throw new Error("wasm backend DepthwiseConv2dNative does not support dataFormat:'"+"".concat(f.dataFormat,"'. Please use 'channelsLast'."))}var F=t.makeOutput(f.outShape,"float32");var D=t.dataIdMap.get(F.dataId).id;Me(s,u.shape[0],u.shape[1],u.shape[2],o,v,h,b,_,y,g,x,k,I,w,S,M,A,D);return F}var Ae={kernelName:n.DepthwiseConv2dNative,backendName:"wasm",setupFunc:setup$R,kernelFunc:depthwiseConv2d};var xe;function setup$Q(e){xe=e.wasm.cwrap("Diag",null,["number","number","number","number"])}function diag(e){var a=e.inputs,r=e.backend;var t=a.x;var u=n.util.sizeFromShape(t.shape);var i=r.makeOutput(__spreadArray(__spreadArray([],__read(t.shape),false),__read(t.shape),false),t.dtype);xe(r.dataIdMap.get(t.dataId).id,d[t.dtype],u,r.dataIdMap.get(i.dataId).id);return i}var Fe={kernelName:n.Diag,backendName:"wasm",setupFunc:setup$Q,kernelFunc:diag};
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
 */var De;function setup$P(e){De=e.wasm.cwrap(n.Dilation2D,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function dilation2D(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x,i=a.filter;var s=t.strides,o=t.pad,p=t.dilations;if(u.dtype!==i.dtype){throw new Error("Dilation2D error: x must have the same dtype as filter. Got ".concat(u.dtype," and ").concat(i.dtype))}var l=n.backend_util.computeDilation2DInfo(u.shape,i.shape,s,o,"NHWC",p);var c=r.makeOutput(l.outShape,u.dtype);De(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(c.dataId).id,d[u.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left);return c}var Ne={kernelName:n.Dilation2D,backendName:"wasm",setupFunc:setup$P,kernelFunc:dilation2D};
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
 */var Re;function setup$O(e){Re=e.wasm.cwrap(n.Dilation2DBackpropFilter,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function dilation2DBackpropFilter(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x,i=a.filter,s=a.dy;var o=t.strides,p=t.pad,l=t.dilations;if(u.dtype!==i.dtype||u.dtype!==s.dtype){throw new Error("Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ".concat(u.dtype,", ").concat(i.dtype,", and ").concat(s.dtype))}var c=n.backend_util.computeDilation2DInfo(u.shape,i.shape,o,p,"NHWC",l);var m=r.makeOutput(i.shape,i.dtype);Re(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(s.dataId).id,r.dataIdMap.get(m.dataId).id,d[u.dtype],c.batchSize,c.inChannels,c.inHeight,c.inWidth,c.outHeight,c.outWidth,c.strideHeight,c.strideWidth,c.dilationHeight,c.dilationWidth,c.filterHeight,c.filterWidth,c.padInfo.top,c.padInfo.left);return m}var Ce={kernelName:n.Dilation2DBackpropFilter,backendName:"wasm",setupFunc:setup$O,kernelFunc:dilation2DBackpropFilter};
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
 */var Pe;function setup$N(e){Pe=e.wasm.cwrap(n.Dilation2DBackpropInput,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function dilation2DBackpropInput(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x,i=a.filter,s=a.dy;var o=t.strides,p=t.pad,l=t.dilations;if(u.dtype!==i.dtype||u.dtype!==s.dtype){throw new Error("Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ".concat(u.dtype,", ").concat(i.dtype,", and ").concat(s.dtype))}var c=n.backend_util.computeDilation2DInfo(u.shape,i.shape,o,p,"NHWC",l);var m=r.makeOutput(u.shape,u.dtype);Pe(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(s.dataId).id,r.dataIdMap.get(m.dataId).id,d[u.dtype],c.batchSize,c.inChannels,c.inHeight,c.inWidth,c.outHeight,c.outWidth,c.strideHeight,c.strideWidth,c.dilationHeight,c.dilationWidth,c.filterHeight,c.filterWidth,c.padInfo.top,c.padInfo.left);return m}var Ee={kernelName:n.Dilation2DBackpropInput,backendName:"wasm",setupFunc:setup$N,kernelFunc:dilation2DBackpropInput};
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
 */var Te=createUnaryKernelConfig(n.Elu);
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
 */var We;function setup$M(e){We=e.wasm.cwrap(n.EluGrad,null,["number","number","number"])}function eluGrad(e){var a=e.inputs,r=e.backend;var t=a.dy,n=a.y;var u=r.makeOutput(n.shape,"float32");var tensorId=function(e){return r.dataIdMap.get(e.dataId).id};We(tensorId(n),tensorId(t),tensorId(u));return u}var Oe={kernelName:n.EluGrad,backendName:"wasm",setupFunc:setup$M,kernelFunc:eluGrad};
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
 */var Be=false;var Ue=createBinaryKernelConfig(n.Equal,Be,"bool");
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
 */var ze=createUnaryKernelConfig(n.Erf);
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
 */var He=createUnaryKernelConfig(n.Exp,"float32");
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
 */function expandDims(e){var a=e.inputs,r=e.attrs,t=e.backend;var u=a.input;var i=r.dim;var s=u.shape.length;var o=u.shape.slice();var d=i;if(i<0){n.util.assert(-(s+1)<=i,function(){return"Axis must be in the interval [".concat(-(s+1),", ").concat(s,"]")});d=s+i+1}o.splice(d,0,1);return reshape({inputs:{x:u},backend:t,attrs:{shape:o}})}var Ge={kernelName:n.ExpandDims,backendName:"wasm",kernelFunc:expandDims};
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
 */var Le=createUnaryKernelConfig(n.Expm1,"float32");
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
 */function fill(e){var a=e.attrs,r=a.shape,t=a.value,u=e.backend;var i=e.attrs.dtype;i=i||n.util.inferDtype(t);var s=u.makeOutput(r,i);var o=u.typedArrayFromHeap(s);o.fill(t);return s}var $e={kernelName:n.Fill,backendName:"wasm",kernelFunc:fill};var je;function setup$L(e){je=e.wasm.cwrap(n.FlipLeftRight,null,["number","number","number","number","number","number"])}function flipLeftRight(e){var a=e.inputs,r=e.backend;var t=a.image;var n=r.makeOutput(t.shape,t.dtype);var u=r.dataIdMap.get(t.dataId).id;var i=r.dataIdMap.get(n.dataId).id;var s=__read(t.shape,4),o=s[0],d=s[1],p=s[2],l=s[3];je(u,o,d,p,l,i);return n}var Ve={kernelName:n.FlipLeftRight,backendName:"wasm",kernelFunc:flipLeftRight,setupFunc:setup$L};
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
 */var qe=createUnaryKernelConfig(n.Floor);
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
 */var Ke=createBinaryKernelConfig(n.FloorDiv);
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
 */var Qe;function setup$K(e){Qe=e.wasm.cwrap(n.FusedBatchNorm,null,["number","number","number","number","number","number","number"])}function fusedBatchNorm(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=t.varianceEpsilon;var i=r.x,s=r.mean,o=r.variance,d=r.offset,p=r.scale;var l=a.dataIdMap.get(i.dataId).id;var c=a.dataIdMap.get(s.dataId).id;var m=a.dataIdMap.get(o.dataId).id;var f=d!=null?a.dataIdMap.get(d.dataId).id:0;var v=p!=null?a.dataIdMap.get(p.dataId).id:0;var h=a.makeOutput(i.shape,i.dtype);if(n.util.sizeFromShape(i.shape)===0){return h}var b=a.dataIdMap.get(h.dataId).id;Qe(l,c,m,f,v,u,b);return h}var Xe={kernelName:n.FusedBatchNorm,backendName:"wasm",setupFunc:setup$K,kernelFunc:fusedBatchNorm};
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
 */var Je;function setup$J(e){Je=e.wasm.cwrap(n.FusedConv2D,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function fusedConv2d(e){var a=e.inputs,r=e.attrs,t=e.backend;var u=a.x,i=a.filter,s=a.bias,o=a.preluActivationWeights;var d=r.strides,l=r.pad,c=r.dilations,m=r.dataFormat,f=r.dimRoundingMode,v=r.activation,h=r.leakyreluAlpha;var b=n.backend_util.computeConv2DInfo(u.shape,i.shape,d,c,l,f);var _=p[v];if(_==null){throw new Error("".concat(v," activation not yet supported for FusedConv2D ")+"in the wasm backend.")}var y=t.dataIdMap.get(u.dataId).id;var g=t.dataIdMap.get(i.dataId).id;var k=b.outChannels;var I=0;if(s!=null){var w=t.dataIdMap.get(s.dataId);if(w.shape.length!==1){throw new Error("FusedConv2D only supports rank-1 bias but got "+"rank ".concat(w.shape.length,"."))}if(w.shape[0]!==k){throw new Error("FusedConv2D bias shape (".concat(w.shape,") does not ")+"match the number of output channels (".concat(k,")"))}I=w.id}var S=b.filterHeight;var M=b.filterWidth;var A=b.padInfo.top;var x=b.padInfo.right;var F=b.padInfo.bottom;var D=b.padInfo.left;var N=b.dilationHeight;var R=b.dilationWidth;var C=b.strideHeight;var P=b.strideWidth;var E=b.inChannels;var T=b.padInfo.type==="SAME"?1:0;var W=b.batchSize;var O=b.inHeight;var B=b.inWidth;if(m!=="NHWC"){throw new Error("wasm backend FusedConv2D does not support dataFormat:'"+"".concat(m,"'. Please use 'NHWC'."))}var U=t.makeOutput(b.outShape,"float32");var z=t.dataIdMap.get(U.dataId).id;var H=o==null?0:t.dataIdMap.get(o.dataId).id;Je(y,W,O,B,g,S,M,I,A,x,F,D,T,N,R,C,P,E,k,_,H,h||0,z);return U}var Ze={kernelName:n.FusedConv2D,backendName:"wasm",setupFunc:setup$J,kernelFunc:fusedConv2d};
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
 */var Ye;function setup$I(e){Ye=e.wasm.cwrap(n.FusedDepthwiseConv2D,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function fusedDepthwiseConv2d(e){var a=e.inputs,r=e.attrs,t=e.backend;var u=a.x,i=a.filter,s=a.bias,o=a.preluActivationWeights;var d=r.strides,l=r.pad,c=r.dilations,m=r.dataFormat,f=r.dimRoundingMode,v=r.activation,h=r.leakyreluAlpha;var b=n.backend_util.computeConv2DInfo(u.shape,i.shape,d,c,l,f,true);var _=p[v];if(_==null){throw new Error("".concat(v," activation not yet supported for FusedDepthwiseConv2D ")+"in the wasm backend.")}var y=t.dataIdMap.get(u.dataId).id;var g=t.dataIdMap.get(i.dataId).id;var k=b.outChannels;var I=0;if(s!=null){var w=t.dataIdMap.get(s.dataId);if(w.shape.length!==1){throw new Error("FusedDepthwiseConv2D only supports rank-1 bias but got "+"rank ".concat(w.shape.length,"."))}if(w.shape[0]!==k){throw new Error("FusedDepthwiseConv2D bias shape (".concat(w.shape,") does not ")+"match the number of output channels (".concat(k,")"))}I=w.id}var S=b.filterHeight;var M=b.filterWidth;var A=b.padInfo.top;var x=b.padInfo.right;var F=b.padInfo.bottom;var D=b.padInfo.left;var N=b.dilationHeight;var R=b.dilationWidth;var C=b.strideHeight;var P=b.strideWidth;var E=b.inChannels;var T=b.padInfo.type==="SAME"?1:0;var W=b.batchSize;var O=b.inHeight;var B=b.inWidth;if(m!=="NHWC"){throw new Error("wasm backend FusedDepthwiseConv2D does not support dataFormat:'"+"".concat(m,"'. Please use 'NHWC'."))}var U=t.makeOutput(b.outShape,"float32");var z=t.dataIdMap.get(U.dataId).id;var H=o==null?0:t.dataIdMap.get(o.dataId).id;Ye(y,W,O,B,g,S,M,I,A,x,F,D,T,N,R,C,P,E,k,_,H,h||0,z);return U}var ea={kernelName:n.FusedDepthwiseConv2D,backendName:"wasm",setupFunc:setup$I,kernelFunc:fusedDepthwiseConv2d};var aa;function setup$H(e){aa=e.wasm.cwrap(n.GatherNd,null,["number","number","number","number","number","number","array","number"])}function gatherNd(e){var a=e.backend,r=e.inputs;var t=r.params,u=r.indices;var i=__read(n.gather_util.prepareAndValidate(t,u),4),s=i[0],o=i[1],p=i[2],l=i[3];var c=a.makeOutput(s,t.dtype);if(o===0){return c}var m=u.shape;var f=m[m.length-1];var v=a.dataIdMap.get(t.dataId);var h=v.id;var b=a.dataIdMap.get(u.dataId);var _=b.id;var y=new Uint8Array(new Int32Array(l).buffer);var g=a.dataIdMap.get(c.dataId).id;aa(h,d[t.dtype],_,o,f,p,y,g);return c}var ra={kernelName:n.GatherNd,backendName:"wasm",setupFunc:setup$H,kernelFunc:gatherNd};
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
 */var ta;function setup$G(e){ta=e.wasm.cwrap("Gather",null,["number","number","array","number","number","number","array","number"])}function gatherV2(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.x,i=r.indices;var s=t.axis,o=t.batchDims;var p=n.util.parseAxisParam(s,u.shape)[0];var l=a.readSync(i.dataId);var c=u.shape[p];var _loop_1=function(e){var a=l[e];n.util.assert(a<=c-1&&a>=0,function(){return"GatherV2: the index value ".concat(a," is not in [0, ").concat(c-1,"]")})};for(var m=0;m<l.length;++m){_loop_1(m)}var f=n.backend_util.segment_util.collectGatherOpShapeInfo(u,i,p,o);var v=reshape({inputs:{x:u},attrs:{shape:[f.batchSize,f.outerSize,f.dimSize,f.sliceSize]},backend:a});var h=n.util.sizeFromShape(i.shape);var b=reshape({inputs:{x:i},attrs:{shape:[f.batchSize,h/f.batchSize]},backend:a});var _=[f.batchSize,f.outerSize,h/f.batchSize,f.sliceSize];var y=a.makeOutput(_,u.dtype);if(n.util.sizeFromShape(u.shape)===0){return y}var g=v.shape.length-1;var k=a.dataIdMap.get(v.dataId);var I=k.id;var w=a.dataIdMap.get(b.dataId);var S=w.id;var M=a.dataIdMap.get(y.dataId).id;var A=new Uint8Array(new Int32Array(n.util.computeStrides(v.shape)).buffer);var x=new Uint8Array(new Int32Array(n.util.computeStrides(_)).buffer);ta(I,d[u.dtype],A,g,S,f.batchSize,x,M);a.disposeData(v.dataId);a.disposeData(b.dataId);y.shape=f.outputShape;return y}var na={kernelName:n.GatherV2,backendName:"wasm",setupFunc:setup$G,kernelFunc:gatherV2};
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
 */var ua=false;var ia=createBinaryKernelConfig(n.Greater,ua,"bool");
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
 */var sa=false;var oa=createBinaryKernelConfig(n.GreaterEqual,sa,"bool");
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
 */var da=createUnaryKernelConfig(n.IsFinite,"bool");
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
 */var pa=createUnaryKernelConfig(n.IsInf,"bool");
/**
 * @license
 * Copyright 2022 The TensorFlow Authors. All Rights Reserved.
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
 */var la=createUnaryKernelConfig(n.IsNan,"bool");
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
 */var ca;function setupFunc(e){ca=e.wasm.cwrap(n.LeakyRelu,null,["number","number","number","number"])}function leakyRelu(e){var a=e.inputs.x,r=e.attrs.alpha,t=e.backend;var u=t.dataIdMap.get(a.dataId).id;var i=t.makeOutput(a.shape,"float32");if(n.util.sizeFromShape(a.shape)!==0){var s=t.dataIdMap.get(i.dataId).id;ca(u,d[a.dtype],r,s)}return i}var ma={kernelName:n.LeakyRelu,backendName:"wasm",setupFunc:setupFunc,kernelFunc:leakyRelu};
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
 */var fa=false;var va=createBinaryKernelConfig(n.Less,fa,"bool");
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
 */var ha=false;var ba=createBinaryKernelConfig(n.LessEqual,ha,"bool");
/**
 * @license
 * Copyright 2023 Google LLC. All Rights Reserved.
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
 */var _a;function setup$F(e){_a=e.wasm.cwrap(n.LinSpace,null,["number","number","number","number"])}function linSpace(e){var a=e.attrs,r=e.backend;var t=a.start,n=a.stop,u=a.num;var i=Math.floor(u);var s=r.makeOutput([i],"float32");_a(r.dataIdMap.get(s.dataId).id,t,n,i);return s}var ya={kernelName:n.LinSpace,backendName:"wasm",setupFunc:setup$F,kernelFunc:linSpace};
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
 */var ga=createUnaryKernelConfig(n.Log);
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
 */var ka=createUnaryKernelConfig(n.Log1p);
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
 */var Ia=false;var wa=createBinaryKernelConfig(n.LogicalAnd,Ia,"bool");
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
 */var Sa=createUnaryKernelConfig(n.LogicalNot);
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
 */var Ma=false;var Aa=createBinaryKernelConfig(n.LogicalOr,Ma,"bool");
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
 */var xa=false;var Fa=createBinaryKernelConfig(n.LogicalXor,xa,"bool");
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
 */var Da;function setup$E(e){Da=e.wasm.cwrap(n.LRN,null,["number","number","number","number","number","number","number"])}function lrn(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.x;var u=t.depthRadius,i=t.bias,s=t.alpha,o=t.beta;if(n.dtype!=="float32"){throw new Error("LRN error: x must have dtype float32")}var d=r.makeOutput(n.shape,n.dtype);Da(r.dataIdMap.get(n.dataId).id,r.dataIdMap.get(d.dataId).id,n.shape[3],u,i,s,o);return d}var Na={kernelName:n.LRN,backendName:"wasm",setupFunc:setup$E,kernelFunc:lrn};
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
 */var Ra;function setup$D(e){Ra=e.wasm.cwrap(n.LRNGrad,null,["number","number","number","number","number","number","number","number","number"])}function lrnGrad(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.x,u=a.y,i=a.dy;var s=t.depthRadius,o=t.bias,d=t.alpha,p=t.beta;if(n.dtype!=="float32"||u.dtype!=="float32"||i.dtype!=="float32"){throw new Error("LRNGrad error: x, y, and dy must have dtype float32")}var l=r.makeOutput(n.shape,n.dtype);Ra(r.dataIdMap.get(n.dataId).id,r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(l.dataId).id,i.shape[3],s,o,d,p);return l}var Ca={kernelName:n.LRNGrad,backendName:"wasm",setupFunc:setup$D,kernelFunc:lrnGrad};var Pa;function setup$C(e){Pa=e.wasm.cwrap(n.Max,null,["number","number","number","number"])}function max(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=t.reductionIndices,i=t.keepDims;var s=r.x;var o=a.dataIdMap.get(s.dataId).id;var p=o;var l=s;var c=permuteAxesAndTranspose(s,u,a),m=c.transposed,f=c.axes,v=c.originalAxes,h=c.inputWasTransposed;if(h){var b=a.dataIdMap.get(m.dataId).id;l=m;p=b}var _=l.shape.length;n.backend_util.assertAxesAreInnerMostDims("max",f,_);var y=__read(n.backend_util.computeOutAndReduceShapes(l.shape,f),2),g=y[0],k=y[1];var I=n.util.sizeFromShape(k);var w=a.makeOutput(g,s.dtype);if(n.util.sizeFromShape(l.shape)!==0){var S=a.dataIdMap.get(w.dataId).id;Pa(p,d[s.dtype],I,S)}if(h){a.disposeData(m.dataId)}if(i){var M=n.backend_util.expandShapeToKeepDim(w.shape,v);w.shape=M}return w}var Ea={kernelName:n.Max,backendName:"wasm",setupFunc:setup$C,kernelFunc:max};
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
 */var Ta=createBinaryKernelConfig(n.Maximum);
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
 */var Wa;function setup$B(e){Wa=e.wasm.cwrap(n.MaxPool,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function maxPool(e){var a=e.inputs,r=e.attrs,t=e.backend;var u=a.x;var i=t.dataIdMap.get(u.dataId).id;n.util.assert(u.dtype==="float32",function(){return"Error in MaxPool: only float32 input is supported. Got ".concat(u.dtype,".")});var s=r.filterSize,o=r.strides,d=r.pad,p=r.dimRoundingMode;var l=n.backend_util.computePool2DInfo(u.shape,s,o,1,d,p);var c=l.filterHeight;var m=l.filterWidth;var f=l.padInfo.top;var v=l.padInfo.right;var h=l.padInfo.bottom;var b=l.padInfo.left;var _=l.dilationHeight;var y=l.dilationWidth;var g=l.strideHeight;var k=l.strideWidth;var I=l.inChannels;var w=l.outChannels;if(l.dataFormat!=="channelsLast"){throw new Error("wasm backend does not support dataFormat:'"+"".concat(l.dataFormat,"'. Please use 'channelsLast'."))}var S=t.makeOutput(l.outShape,"float32");var M=t.dataIdMap.get(S.dataId).id;Wa(i,u.shape[0],u.shape[1],u.shape[2],c,m,f,v,h,b,_,y,g,k,I,w,M);return S}var Oa={kernelName:n.MaxPool,backendName:"wasm",setupFunc:setup$B,kernelFunc:maxPool};
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
 */var Ba;function setup$A(e){Ba=e.wasm.cwrap("MaxPool3D",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function maxPool3D(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x;var i=t.filterSize,s=t.strides,o=t.pad,d=t.dimRoundingMode,p=t.dataFormat;var l=n.backend_util.computePool3DInfo(u.shape,i,s,1,o,d,p);var c=r.makeOutput(l.outShape,u.dtype);Ba(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(c.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left);return c}var Ua={kernelName:n.MaxPool3D,backendName:"wasm",setupFunc:setup$A,kernelFunc:maxPool3D};
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
 */var za;function setup$z(e){za=e.wasm.cwrap("MaxPool3DGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function maxPool3DGrad(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.dy,i=a.input;var s=t.filterSize,o=t.strides,d=t.pad,p=t.dimRoundingMode;var l=n.backend_util.computePool3DInfo(i.shape,s,o,1,d,p);var c=r.makeOutput(i.shape,i.dtype);za(r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(c.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left);return c}var Ha={kernelName:n.MaxPool3DGrad,backendName:"wasm",setupFunc:setup$z,kernelFunc:maxPool3DGrad};
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
 */var Ga;function setup$y(e){Ga=e.wasm.cwrap("MaxPoolGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function maxPoolGrad(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.dy,i=a.input;var s=t.filterSize,o=t.strides,d=t.pad,p=t.dimRoundingMode;var l=n.backend_util.computePool2DInfo(i.shape,s,o,1,d,p);var c=r.makeOutput(i.shape,i.dtype);Ga(r.dataIdMap.get(i.dataId).id,r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(c.dataId).id,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left);return c}var La={kernelName:n.MaxPoolGrad,backendName:"wasm",setupFunc:setup$y,kernelFunc:maxPoolGrad};
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
 */var $a;function setup$x(e){$a=e.wasm.cwrap("MaxPoolWithArgmax",null,["number","number","number","number","boolean","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function maxPoolWithArgmax(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x;var i=t.filterSize,s=t.strides,o=t.pad,p=t.includeBatchInIndex;n.util.assert(u.shape.length===4,function(){return"Error in maxPool: input must be rank 4 but got rank ".concat(u.shape.length,".")});var l=[1,1];n.util.assert(n.backend_util.eitherStridesOrDilationsAreOne(s,l),function(){return"Error in maxPool: Either strides or dilations must be 1. "+"Got strides ".concat(s," and dilations '").concat(l,"'")});var c=n.backend_util.computePool2DInfo(u.shape,i,s,[1,1],o);var m=r.makeOutput(c.outShape,u.dtype);var f=r.makeOutput(c.outShape,"int32");$a(r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(m.dataId).id,r.dataIdMap.get(f.dataId).id,d[u.dtype],p,c.batchSize,c.inChannels,c.inHeight,c.inWidth,c.outHeight,c.outWidth,c.strideHeight,c.strideWidth,c.dilationHeight,c.dilationWidth,c.effectiveFilterHeight,c.effectiveFilterWidth,c.padInfo.top,c.padInfo.left);return[m,f]}var ja={kernelName:n.MaxPoolWithArgmax,backendName:"wasm",setupFunc:setup$x,kernelFunc:maxPoolWithArgmax};var Va;function setup$w(e){Va=e.wasm.cwrap(n.Mean,null,["number, number, number"])}function mean(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=t.axis,i=t.keepDims;var s=r.x;var o=a.dataIdMap.get(s.dataId).id;var d=o;var p=s;var l=permuteAxesAndTranspose(s,u,a),c=l.transposed,m=l.axes,f=l.originalAxes,v=l.inputWasTransposed;var h=m;if(v){var b=a.dataIdMap.get(c.dataId).id;if(b!==o){p=c;d=b;h=n.backend_util.getInnerMostAxes(h.length,p.shape.length)}}n.backend_util.assertAxesAreInnerMostDims("mean",h,p.shape.length);var _=__read(n.backend_util.computeOutAndReduceShapes(p.shape,h),2),y=_[0],g=_[1];var k=n.util.sizeFromShape(g);var I=p;if(p.dtype!=="float32"){I=cast({backend:a,inputs:{x:p},attrs:{dtype:"float32"}});d=a.dataIdMap.get(I.dataId).id}var w=a.makeOutput(y,"float32");if(n.util.sizeFromShape(p.shape)!==0){var S=a.dataIdMap.get(w.dataId).id;Va(d,k,S)}if(v){a.disposeData(c.dataId)}if(i){var M=n.backend_util.expandShapeToKeepDim(w.shape,f);w.shape=M}if(p.dtype!=="float32"){a.disposeData(I.dataId)}return w}var qa={kernelName:n.Mean,backendName:"wasm",setupFunc:setup$w,kernelFunc:mean};var Ka;function setup$v(e){Ka=e.wasm.cwrap(n.Min,null,["number","number","number","number"])}function min(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=t.axis,i=t.keepDims;var s=r.x;var o=a.dataIdMap.get(s.dataId).id;var p=o;var l=s;var c=permuteAxesAndTranspose(s,u,a),m=c.transposed,f=c.axes,v=c.originalAxes,h=c.inputWasTransposed;if(h){var b=a.dataIdMap.get(m.dataId).id;if(b!==o){l=m;p=b}}var _=l.shape.length;n.backend_util.assertAxesAreInnerMostDims("min",f,_);var y=__read(n.backend_util.computeOutAndReduceShapes(l.shape,f),2),g=y[0],k=y[1];var I=n.util.sizeFromShape(k);var w=a.makeOutput(g,l.dtype);if(n.util.sizeFromShape(l.shape)!==0){var S=a.dataIdMap.get(w.dataId).id;Ka(p,d[s.dtype],I,S)}if(h){a.disposeData(m.dataId)}if(i){var M=n.backend_util.expandShapeToKeepDim(w.shape,v);w.shape=M}return w}var Qa={kernelName:n.Min,backendName:"wasm",setupFunc:setup$v,kernelFunc:min};
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
 */var Xa=createBinaryKernelConfig(n.Minimum);
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
 */var Ja;(function(e){e[e["reflect"]=0]="reflect";e[e["symmetric"]=1]="symmetric"})(Ja||(Ja={}));var Za;function setup$u(e){Za=e.wasm.cwrap(n.MirrorPad,null,["number","array","number","number","array","array","number","number"])}function mirrorPad(e){var a=e.inputs.x,r=e.backend,t=e.attrs,n=t.paddings,u=t.mode;var i=n.map(function(e,r){return e[0]+a.shape[r]+e[1]});var s=r.dataIdMap.get(a.dataId).id;var o=r.makeOutput(i,a.dtype);var p=r.dataIdMap.get(o.dataId).id;var l=new Uint8Array(new Int32Array(a.shape).buffer);var c=n.map(function(e){return e[0]});var m=n.map(function(e){return e[1]});var f=new Uint8Array(new Int32Array(c).buffer);var v=new Uint8Array(new Int32Array(m).buffer);Za(s,l,a.shape.length,d[a.dtype],f,v,Ja[u],p);return o}var Ya={kernelName:n.MirrorPad,backendName:"wasm",kernelFunc:mirrorPad,setupFunc:setup$u};
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
 */var er;function setup$t(e){er=e.wasm.cwrap(n.Softmax,null,["number","number","number","number"])}function softmax(e){var a=e.backend,r=e.inputs.logits,t=e.attrs.dim;var u=a.dataIdMap.get(r.dataId).id;var i=a.makeOutput(r.shape,r.dtype);var s=a.dataIdMap.get(i.dataId).id;var o=r.shape[t];var d=n.util.sizeFromShape(r.shape)/o;if(n.util.sizeFromShape(i.shape)===0){return i}er(u,s,o,d);return i}var ar={kernelName:n.Softmax,backendName:"wasm",setupFunc:setup$t,kernelFunc:softmax};var rr;function setup$s(e){rr=e.wasm.cwrap(n.Multinomial,null,["number","number","number","number","number","number"])}function multinomial(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.logits;var u=t.numSamples,i=t.seed,s=t.normalized;if(n.dtype!=="float32"){throw new Error("Tensor logits must have dtype float32, got ".concat(n.dtype))}var o=s?n:softmax({inputs:{logits:n},backend:r,attrs:{dim:n.shape.length-1}});var d=__read(o.shape,2),p=d[0],l=d[1];var c=r.makeOutput([p,u],"int32");rr(r.dataIdMap.get(o.dataId).id,p,l,u,i,r.dataIdMap.get(c.dataId).id);if(!s){r.disposeData(o.dataId)}return c}var tr={kernelName:n.Multinomial,backendName:"wasm",setupFunc:setup$s,kernelFunc:multinomial};
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
 */var nr=createBinaryKernelConfig(n.Mod);
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
 */var ur=createBinaryKernelConfig(n.Multiply);
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
 */var ir=createUnaryKernelConfig(n.Neg);
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
 */function parseResultStruct(e,a){var r=new Int32Array(e.wasm.HEAPU8.buffer,a,4);var t=r[0];var n=r[1];var u=r[2];var i=r[3];e.wasm._free(a);return{pSelectedIndices:t,selectedSize:n,pSelectedScores:u,pValidOutputs:i}}
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
 */var sr;function setup$r(e){sr=e.wasm.cwrap(n.NonMaxSuppressionV3,"number",["number","number","number","number","number"])}function kernelFunc$1(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=t.iouThreshold,u=t.maxOutputSize,i=t.scoreThreshold;var s=r.boxes,o=r.scores;var d=a.dataIdMap.get(s.dataId).id;var p=a.dataIdMap.get(o.dataId).id;var l=sr(d,p,u,n,i);var c=parseResultStruct(a,l),m=c.pSelectedIndices,f=c.selectedSize,v=c.pSelectedScores,h=c.pValidOutputs;a.wasm._free(v);a.wasm._free(h);var b=a.makeOutput([f],"int32",m);return b}var or={kernelName:n.NonMaxSuppressionV3,backendName:"wasm",setupFunc:setup$r,kernelFunc:kernelFunc$1};
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
 */var dr;function setup$q(e){dr=e.wasm.cwrap(n.NonMaxSuppressionV4,"number",["number","number","number","number","number","bool"])}function nonMaxSuppressionV4(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=t.iouThreshold,u=t.maxOutputSize,i=t.scoreThreshold,s=t.padToMaxOutputSize;var o=r.boxes,d=r.scores;var p=a.dataIdMap.get(o.dataId).id;var l=a.dataIdMap.get(d.dataId).id;var c=dr(p,l,u,n,i,s);var m=parseResultStruct(a,c),f=m.pSelectedIndices,v=m.selectedSize,h=m.pSelectedScores,b=m.pValidOutputs;a.wasm._free(h);var _=a.makeOutput([v],"int32",f);var y=a.makeOutput([],"int32",b);return[_,y]}var pr={kernelName:n.NonMaxSuppressionV4,backendName:"wasm",setupFunc:setup$q,kernelFunc:nonMaxSuppressionV4};
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
 */var lr;function setup$p(e){lr=e.wasm.cwrap(n.NonMaxSuppressionV5,"number",["number","number","number","number","number","number"])}function kernelFunc(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=t.iouThreshold,u=t.maxOutputSize,i=t.scoreThreshold,s=t.softNmsSigma;var o=r.boxes,d=r.scores;var p=a.dataIdMap.get(o.dataId).id;var l=a.dataIdMap.get(d.dataId).id;var c=lr(p,l,u,n,i,s);var m=parseResultStruct(a,c),f=m.pSelectedIndices,v=m.selectedSize,h=m.pSelectedScores,b=m.pValidOutputs;a.wasm._free(b);var _=a.makeOutput([v],"int32",f);var y=a.makeOutput([v],"float32",h);return[_,y]}var cr={kernelName:n.NonMaxSuppressionV5,backendName:"wasm",setupFunc:setup$p,kernelFunc:kernelFunc};
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
 */var mr=false;var fr=createBinaryKernelConfig(n.NotEqual,mr,"bool");var vr;function setup$o(e){vr=e.wasm.cwrap(n.OneHot,null,["number","number","number","number","number"])}function oneHot(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.indices;var u=t.dtype,i=t.depth,s=t.onValue,o=t.offValue;var d=r.makeOutput(__spreadArray(__spreadArray([],__read(n.shape),false),[i],false),u);var p=r.dataIdMap.get(d.dataId).id;var l=r.dataIdMap.get(n.dataId);var c=l.id;vr(c,i,s,o,p);return d}var hr={kernelName:n.OneHot,backendName:"wasm",setupFunc:setup$o,kernelFunc:oneHot};
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
 */function onesLike(e){var a=e.inputs.x,r=e.backend;var t=r.makeOutput(a.shape,a.dtype);var n=r.typedArrayFromHeap(t);n.fill(1);return t}var br={kernelName:n.OnesLike,backendName:"wasm",kernelFunc:onesLike};
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
 */function pack(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=t.axis;if(a.length===1){return expandDims({inputs:{input:a[0]},backend:r,attrs:{dim:u}})}var i=a[0].shape;var s=a[0].dtype;a.forEach(function(e){n.util.assertShapesMatch(i,e.shape,"All tensors passed to stack must have matching shapes");n.util.assert(s===e.dtype,function(){return"All tensors passed to stack must have matching dtypes"})});var o=[];var d=a.map(function(e){var a=expandDims({inputs:{input:e},backend:r,attrs:{dim:u}});o.push(a);return a});var p=concat({inputs:d,backend:r,attrs:{axis:u}});o.forEach(function(e){return r.disposeData(e.dataId)});return p}var _r={kernelName:n.Pack,backendName:"wasm",kernelFunc:pack};
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
 */var yr;function setup$n(e){yr=e.wasm.cwrap(n.PadV2,null,["number","array","number","number","array","array","number","number"])}function pad(e){var a=e.inputs.x,r=e.backend,t=e.attrs,u=t.paddings,i=t.constantValue;var s=u.map(function(e,r){return e[0]+a.shape[r]+e[1]});if(n.util.sizeFromShape(a.shape)===0){return fill({backend:r,attrs:{shape:s,value:i,dtype:a.dtype}})}var o=r.dataIdMap.get(a.dataId).id;var p=r.makeOutput(s,a.dtype);var l=r.dataIdMap.get(p.dataId);var c=l.id;var m=new Uint8Array(new Int32Array(a.shape).buffer);var f=u.map(function(e){return e[0]});var v=u.map(function(e){return e[1]});var h=new Uint8Array(new Int32Array(f).buffer);var b=new Uint8Array(new Int32Array(v).buffer);yr(o,m,a.shape.length,d[a.dtype],h,b,i,c);return p}var gr={kernelName:n.PadV2,backendName:"wasm",kernelFunc:pad,setupFunc:setup$n};
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
 */var kr=createBinaryKernelConfig(n.Pow);
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
 */var Ir;function setup$m(e){Ir=e.wasm.cwrap(n.Prelu,null,["number","number","number"])}function prelu(e){var a=e.inputs,r=e.backend;var t=a.x,n=a.alpha;var u=r.dataIdMap.get(t.dataId).id;var i=r.dataIdMap.get(n.dataId).id;var s=u;var o=t;var d=o;if(o.dtype!=="float32"){d=cast({backend:r,inputs:{x:t},attrs:{dtype:"float32"}});s=r.dataIdMap.get(d.dataId).id}var p=r.makeOutput(t.shape,"float32");var l=r.dataIdMap.get(p.dataId).id;Ir(s,i,l);if(o.dtype!=="float32"){r.disposeData(d.dataId)}return p}var wr={kernelName:n.Prelu,backendName:"wasm",setupFunc:setup$m,kernelFunc:prelu};var Sr;function setup$l(e){Sr=e.wasm.cwrap(n.Prod,null,["number","number","number","number"])}function prod(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=t.axis,i=t.keepDims;var s=r.x;var o=a.dataIdMap.get(s.dataId).id;var p=o;var l=s;var c=permuteAxesAndTranspose(s,u,a),m=c.transposed,f=c.axes,v=c.originalAxes,h=c.inputWasTransposed;var b=f;if(h){var _=a.dataIdMap.get(m.dataId).id;if(_!==o){l=m;p=_;b=n.backend_util.getInnerMostAxes(b.length,l.shape.length)}}n.backend_util.assertAxesAreInnerMostDims("prod",b,l.shape.length);var y=__read(n.backend_util.computeOutAndReduceShapes(l.shape,b),2),g=y[0],k=y[1];var I=n.util.sizeFromShape(k);var w=a.makeOutput(g,l.dtype);if(n.util.sizeFromShape(l.shape)!==0){var S=a.dataIdMap.get(w.dataId).id;Sr(p,I,d[w.dtype],S)}if(h){a.disposeData(m.dataId)}if(i){var M=n.backend_util.expandShapeToKeepDim(w.shape,v);w.shape=M}return w}var Mr={kernelName:n.Prod,backendName:"wasm",setupFunc:setup$l,kernelFunc:prod};
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
 */var range=function(e){var a=e.backend,r=e.attrs;var t=r.start,n=r.stop,u=r.step,i=r.dtype;var s=rangeImpl(t,n,u,i);var o=a.makeOutput([s.length],i);var d=a.typedArrayFromHeap(o);d.set(s);return o};var Ar={kernelName:n.Range,backendName:"wasm",kernelFunc:range};
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
 */var xr=createBinaryKernelConfig(n.RealDiv);
/**
 * @license
 * Copyright 2022 The TensorFlow Authors. All Rights Reserved.
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
 */var Fr=createUnaryKernelConfig(n.Reciprocal);
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
 */var Dr=createUnaryKernelConfig(n.Relu);
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
 */var Nr=createUnaryKernelConfig(n.Relu6);var Rr;function setup$k(e){Rr=e.wasm.cwrap(n.ResizeBilinear,null,["number","number","number","number","number","number","number","number","number","number"])}function resizeBilinear(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.images;var i=t.alignCorners,s=t.halfPixelCenters,o=t.size;var d=__read(o,2),p=d[0],l=d[1];var c=__read(u.shape,4),m=c[0],f=c[1],v=c[2],h=c[3];var b=[m,p,l,h];var _=a.dataIdMap.get(u.dataId);var y;if(_.dtype!=="float32"){y=cast({backend:a,inputs:{x:u},attrs:{dtype:"float32"}});_=a.dataIdMap.get(y.dataId)}var g=_.id;var k=a.makeOutput(b,"float32");if(n.util.sizeFromShape(u.shape)===0){return k}var I=a.dataIdMap.get(k.dataId).id;Rr(g,m,f,v,h,p,l,i?1:0,s?1:0,I);if(y!=null){a.disposeData(y.dataId)}return k}var Cr={kernelName:n.ResizeBilinear,backendName:"wasm",setupFunc:setup$k,kernelFunc:resizeBilinear};
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
 */var Pr;function setup$j(e){Pr=e.wasm.cwrap(n.ResizeBilinearGrad,null,["number","number","number","array","array","boolean"])}function resizeBilinearGrad(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.images,u=a.dy;var i=t.alignCorners;var s=r.makeOutput(n.shape,"float32");var o=r.dataIdMap.get(n.dataId);var d;if(o.dtype!=="float32"){d=cast({backend:r,inputs:{x:n},attrs:{dtype:"float32"}});o=r.dataIdMap.get(d.dataId)}Pr(r.dataIdMap.get(n.dataId).id,r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(n.shape).buffer),new Uint8Array(new Int32Array(u.shape).buffer),i);if(d!=null){r.disposeData(d.dataId)}return s}var Er={kernelName:n.ResizeBilinearGrad,backendName:"wasm",setupFunc:setup$j,kernelFunc:resizeBilinearGrad};var Tr;function setup$i(e){Tr=e.wasm.cwrap(n.ResizeNearestNeighbor,null,["number","number","number","number","number","number","number","number","number","number"])}function resizeNearestNeighbor(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.images;var i=t.alignCorners,s=t.halfPixelCenters,o=t.size;var d=__read(o,2),p=d[0],l=d[1];var c=__read(u.shape,4),m=c[0],f=c[1],v=c[2],h=c[3];var b=[m,p,l,h];var _=a.makeOutput(b,"float32");if(n.util.sizeFromShape(u.shape)===0){return _}var y=a.dataIdMap.get(u.dataId);var g;if(y.dtype!=="float32"){g=cast({backend:a,inputs:{x:u},attrs:{dtype:"float32"}});y=a.dataIdMap.get(g.dataId)}var k=y.id;var I=a.dataIdMap.get(_.dataId).id;Tr(k,m,f,v,h,p,l,i?1:0,s?1:0,I);if(g!=null){a.disposeData(g.dataId)}return _}var Wr={kernelName:n.ResizeNearestNeighbor,backendName:"wasm",setupFunc:setup$i,kernelFunc:resizeNearestNeighbor};
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
 */var Or;function setup$h(e){Or=e.wasm.cwrap(n.ResizeNearestNeighborGrad,null,["number","number","number","array","array","boolean"])}function resizeNearestNeighborGrad(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.images,u=a.dy;var i=t.alignCorners;var s=r.makeOutput(n.shape,"float32");var o=r.dataIdMap.get(n.dataId);var d;if(o.dtype!=="float32"){d=cast({backend:r,inputs:{x:n},attrs:{dtype:"float32"}});o=r.dataIdMap.get(d.dataId)}Or(r.dataIdMap.get(n.dataId).id,r.dataIdMap.get(u.dataId).id,r.dataIdMap.get(s.dataId).id,new Uint8Array(new Int32Array(n.shape).buffer),new Uint8Array(new Int32Array(u.shape).buffer),i);if(d!=null){r.disposeData(d.dataId)}return s}var Br={kernelName:n.ResizeNearestNeighborGrad,backendName:"wasm",setupFunc:setup$h,kernelFunc:resizeNearestNeighborGrad};
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
 */var Ur;function setup$g(e){Ur=e.wasm.cwrap(n.Reverse,null,["number","array","number","array","number","number"])}function reverse(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x;var i=t.dims;var s=n.util.parseAxisParam(i,u.shape);if(u.shape.length===0){return identity({inputs:{x:u},backend:r})}var o=r.makeOutput(u.shape,u.dtype);var d=r.dataIdMap.get(u.dataId).id;var p=r.dataIdMap.get(o.dataId).id;var l=new Uint8Array(new Int32Array(s).buffer);var c=new Uint8Array(new Int32Array(u.shape).buffer);Ur(d,l,s.length,c,u.shape.length,p);var m=reshape({inputs:{x:o},attrs:{shape:u.shape},backend:r});r.disposeData(o.dataId);return m}var zr={kernelName:n.Reverse,backendName:"wasm",kernelFunc:reverse,setupFunc:setup$g};var Hr;function setup$f(e){Hr=e.wasm.cwrap(n.RotateWithOffset,null,["number","number","number","number","number","number","number","number","array","number","number"])}function rotateWithOffset(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.image;var i=t.radians,s=t.fillValue,o=t.center;var d=r.makeOutput(u.shape,u.dtype);var p=r.dataIdMap.get(u.dataId).id;var l=r.dataIdMap.get(d.dataId).id;var c=__read(u.shape,4),m=c[0],f=c[1],v=c[2],h=c[3];var b=__read(n.backend_util.getImageCenter(o,f,v),2),_=b[0],y=b[1];var g=s===0;var k=255;var I=typeof s==="number"?[s,s,s,g?0:k]:__spreadArray(__spreadArray([],__read(s),false),[k],false);var w=new Uint8Array(new Int32Array(I).buffer);Hr(p,m,f,v,h,i,_,y,w,I.length,l);return d}var Gr={kernelName:n.RotateWithOffset,backendName:"wasm",kernelFunc:rotateWithOffset,setupFunc:setup$f};
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
 */var Lr=createUnaryKernelConfig(n.Round);
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
 */var $r=createUnaryKernelConfig(n.Rsqrt);
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
 */var jr;function setup$e(e){jr=e.wasm.cwrap(n.ScatterNd,null,["number","number","number","number","number","number","array","number","number"])}function scatterNd(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.indices,i=r.updates;var s=t.shape;var o=a.makeOutput(s,i.dtype);if(n.util.sizeFromShape(s)===0){return o}var p=n.scatter_util.calculateShapes(i,u,s),l=p.sliceRank,c=p.numUpdates,m=p.sliceSize,f=p.strides,v=p.outputSize;var h=a.dataIdMap.get(u.dataId);var b=h.id;var _=a.dataIdMap.get(i.dataId);var y=_.id;var g=new Uint8Array(new Int32Array(f).buffer);var k=a.dataIdMap.get(o.dataId).id;jr(b,y,d[i.dtype],l,c,m,g,v,k);return o}var Vr={kernelName:n.ScatterNd,backendName:"wasm",setupFunc:setup$e,kernelFunc:scatterNd};
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
 */var qr;function setup$d(e){qr=e.wasm.cwrap(n.SearchSorted,null,["number","number","number","number","number","number","bool","number"])}function searchSorted(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.sortedSequence,u=a.values;var i=t.side;if(n.dtype!==u.dtype){throw new Error("SearchSorted error: sorted_sequence must have the same dtype as values. Got ".concat(n.dtype," and ").concat(u.dtype))}var s=r.makeOutput(u.shape,"int32");function tensorId(e){return r.dataIdMap.get(e.dataId).id}qr(tensorId(n),tensorId(u),n.shape[0],n.shape[1],u.shape[1],d[n.dtype],i==="left",tensorId(s));return s}var Kr={kernelName:n.SearchSorted,backendName:"wasm",setupFunc:setup$d,kernelFunc:searchSorted};
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
 */var Qr;function setup$c(e){Qr=e.wasm.cwrap("SelectV2",null,["number","number","number","number","number"])}function select(e){var a=e.inputs,r=e.backend;var t=a.condition,u=a.t,i=a.e;var s=r.dataIdMap.get(t.dataId).id;var o=r.dataIdMap.get(u.dataId).id;var d=r.dataIdMap.get(i.dataId).id;var p=r.makeOutput(u.shape,u.dtype);var l=r.dataIdMap.get(p.dataId).id;var c=t.shape.length;var m=u.shape.length;var f=c===0||c>1||m===1?1:n.util.sizeFromShape(u.shape.slice(1));Qr(s,o,d,f,l);return p}var Xr={kernelName:n.Select,backendName:"wasm",kernelFunc:select,setupFunc:setup$c};
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
 */var Jr=createUnaryKernelConfig(n.Selu);
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
 */var Zr;function setup$b(e){Zr=e.wasm.cwrap(n.Sigmoid,null,["number","number"])}function sigmoid(e){var a=e.backend,r=e.inputs.x;var t=a.dataIdMap.get(r.dataId).id;var u=a.makeOutput(r.shape,r.dtype);var i=a.dataIdMap.get(u.dataId).id;if(n.util.sizeFromShape(u.shape)===0){return u}Zr(t,i);return u}var Yr={kernelName:"Sigmoid",backendName:"wasm",setupFunc:setup$b,kernelFunc:sigmoid};
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
 */var et=createUnaryKernelConfig(n.Sign);
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
 */var at=createUnaryKernelConfig(n.Sin);
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
 */var rt=createUnaryKernelConfig(n.Sinh);
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
 */var tt=createUnaryKernelConfig(n.Softplus);function spaceToBatchND(e){var a=e.inputs,r=e.backend,t=e.attrs;var u=a.x;var i=t.blockShape,s=t.paddings;var o=n.util.sizeFromShape(i);var d=[[0,0]];d.push.apply(d,__spreadArray([],__read(s),false));for(var p=1+i.length;p<u.shape.length;++p){d.push([0,0])}var l=gr.kernelFunc({inputs:{x:u},backend:r,attrs:{paddings:d,constantValue:0}});var c=n.backend_util.getReshaped(l.shape,i,o,false);var m=n.backend_util.getPermuted(c.length,i.length,false);var f=n.backend_util.getReshapedPermuted(l.shape,i,o,false);var v={x:l};var h={shape:c};var b=reshape({inputs:v,backend:r,attrs:h});var _={x:b};var y={perm:m};var g=transpose({inputs:_,backend:r,attrs:y});var k={x:g};var I={shape:f};var w=reshape({inputs:k,backend:r,attrs:I});r.disposeData(l.dataId);r.disposeData(b.dataId);r.disposeData(g.dataId);return w}var nt={kernelName:n.SpaceToBatchND,backendName:"wasm",kernelFunc:spaceToBatchND};
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
 */var ut;function setup$a(e){ut=e.wasm.cwrap("SparseFillEmptyRows","number",["number","number","number","number","number","number","number","number","number","number","number","number"])}function sparseFillEmptyRows(e){var a=e.backend,r=e.inputs;var t=r.indices,u=r.values,i=r.denseShape,s=r.defaultValue;var o=t.shape[0];var p=t.shape[1];var l=a.readSync(i.dataId)[0];var c=[o+l,p];var m=a.dataIdMap.get(t.dataId).id;var f=a.dataIdMap.get(u.dataId).id;var v=a.dataIdMap.get(s.dataId).id;var h=a.makeOutput(c,t.dtype);var b=a.dataIdMap.get(h.dataId).id;var _=a.makeOutput(c.slice(0,1),u.dtype);var y=a.dataIdMap.get(_.dataId).id;var g=a.makeOutput([l],"bool");var k=a.dataIdMap.get(g.dataId).id;var I=a.makeOutput([o],t.dtype);var w=a.dataIdMap.get(I.dataId).id;var S=a.makeOutput([4],"int32");var M=a.dataIdMap.get(S.dataId).id;var A=ut(m,f,d[u.dtype],o,l,p,v,b,y,k,w,M);var x=a.readSync(S.dataId);var F;switch(x[0]){case 1:{F=n.backend_util.getSparseFillEmptyRowsIndicesDenseShapeMismatch(x[1]);break}case 2:{F=n.backend_util.getSparseFillEmptyRowsNegativeIndexErrorMessage(x[1],x[2]);break}case 3:F=n.backend_util.getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(x[1],x[2],x[3]);break;default:F=""}a.disposeData(S.dataId);if(F){a.disposeData(h.dataId);a.disposeData(_.dataId);a.disposeData(g.dataId);a.disposeData(I.dataId);throw new Error(F)}var D=h;var N=_;if(A!==c[0]){D=slice({inputs:{x:h},attrs:{begin:0,size:[A,p]},backend:a});N=slice({inputs:{x:_},attrs:{begin:0,size:A},backend:a});a.disposeData(h.dataId);a.disposeData(_.dataId)}return[D,N,g,I]}var it={kernelName:n.SparseFillEmptyRows,backendName:"wasm",setupFunc:setup$a,kernelFunc:sparseFillEmptyRows};
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
 */var st;function setup$9(e){st=e.wasm.cwrap(n.SparseReshape,null,["number","number","number","number","number","number","number"])}function sparseReshape(e){var a=e.backend,r=e.inputs;var t=r.inputIndices,u=r.inputShape,i=r.newShape;if(t.shape.length!==2){throw new Error("Input indices should be a matrix but received shape\n        ".concat(t.shape))}if(u.shape.length!==1){throw new Error("Input shape should be a vector but received shape\n        ".concat(u.shape))}if(i.shape.length!==1){throw new Error("Target shape should be a vector but received shape ".concat(i.shape))}var s=a.dataIdMap.get(t.dataId).id;var o=a.dataIdMap.get(u.dataId).id;var d=a.dataIdMap.get(i.dataId).id;var p=t.shape[0];var l=n.util.sizeFromShape(i.shape);var c=a.makeOutput([p,l],t.dtype);var m=a.dataIdMap.get(c.dataId).id;var f=a.makeOutput([l],i.dtype);var v=a.dataIdMap.get(f.dataId).id;var h=a.makeOutput([3],"int32");var b=a.dataIdMap.get(h.dataId).id;st(s,o,d,p,m,v,b);var _=a.readSync(h.dataId);var y;switch(_[0]){case 0:{y=n.backend_util.getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(_[1],_[2]);break}case 1:{y=n.backend_util.getSparseReshapeNegativeOutputDimErrorMessage(_[1],_[2]);break}case 2:y=n.backend_util.getSparseReshapeEmptyTensorZeroOutputDimErrorMessage();break;case 3:{var g=Array.from(a.readSync(u.dataId)),k=Array.from(a.readSync(f.dataId));y=n.backend_util.getSparseReshapeInputOutputMultipleErrorMessage(g,k);break}case 4:{var g=Array.from(a.readSync(u.dataId)),k=Array.from(a.readSync(f.dataId));y=n.backend_util.getSparseReshapeInputOutputMismatchErrorMessage(g,k);break}default:y=""}a.disposeData(h.dataId);if(y){a.disposeData(c.dataId);a.disposeData(f.dataId);throw new Error(y)}return[c,f]}var ot={kernelName:n.SparseReshape,backendName:"wasm",setupFunc:setup$9,kernelFunc:sparseReshape};
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
 */var dt;function setup$8(e){dt=e.wasm.cwrap("SparseSegmentReduction",null,["number","number","number","number","number","number","number","number","number"])}function sparseSegmentReduction(e,a){var r=e.backend,t=e.inputs;var u=t.data,i=t.indices,s=t.segmentIds;var o=i.shape[0];var p=r.readSync(s.dataId,o-1,o)[0];var l=o>0?p+1:0;var c=l;if(c<0){throw new Error(n.backend_util.getSparseSegmentReductionNegativeSegmentIdsErrorMessage())}var m=u.shape.slice();m[0]=c;var f=r.dataIdMap.get(u.dataId).id;var v=r.dataIdMap.get(i.dataId).id;var h=r.dataIdMap.get(s.dataId).id;var b=r.makeOutput(m,u.dtype);var _=r.dataIdMap.get(b.dataId).id;var y=r.makeOutput([4],"int32");var g=r.dataIdMap.get(y.dataId).id;dt(f,d[u.dtype],u.shape[0],v,h,_,g,a,0);var k=r.readSync(y.dataId);var I;switch(k[0]){case 0:{I=n.backend_util.getSparseSegmentReductionNegativeSegmentIdsErrorMessage();break}case 1:{I=n.backend_util.getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage();break}case 2:I=n.backend_util.getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(k[1],k[2]);break;case 3:I=n.backend_util.getSparseSegmentReductionIndicesOutOfRangeErrorMessage(k[1],k[2],k[3]);break;default:I=""}r.disposeData(y.dataId);if(I){r.disposeData(b.dataId);throw new Error(I)}return b}
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
 */function sparseSegmentMean(e){return sparseSegmentReduction(e,true)}var pt={kernelName:n.SparseSegmentMean,backendName:"wasm",setupFunc:setup$8,kernelFunc:sparseSegmentMean};
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
 */function sparseSegmentSum(e){return sparseSegmentReduction(e,false)}var lt={kernelName:n.SparseSegmentSum,backendName:"wasm",setupFunc:setup$8,kernelFunc:sparseSegmentSum};
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
 */var ct;function setup$7(e){ct=e.wasm.cwrap(n.SparseToDense,null,["number","number","number","number","number","number","number","number","array","number","number"])}function sparseToDense(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.sparseIndices,i=r.sparseValues,s=r.defaultValue;var o=t.outputShape;var p=a.makeOutput(o,s.dtype);if(n.util.sizeFromShape(o)===0){return p}var l=n.backend_util.calculateShapes(i,u,o),c=l.sliceRank,m=l.numUpdates,f=l.sliceSize,v=l.strides,h=l.outputSize;var b=a.dataIdMap.get(u.dataId).id;var _=a.dataIdMap.get(i.dataId).id;var y=a.dataIdMap.get(s.dataId).id;var g=new Uint8Array(new Int32Array(v).buffer);var k=a.dataIdMap.get(p.dataId).id;ct(b,_,i.shape.length,y,d[s.dtype],c,m,f,g,h,k);return p}var mt={kernelName:n.SparseToDense,backendName:"wasm",setupFunc:setup$7,kernelFunc:sparseToDense};function splitV(e){var a=e.inputs,r=e.attrs,t=e.backend;var u=a.x;var i=r.numOrSizeSplits,s=r.axis;var o=n.util.parseAxisParam(s,u.shape)[0];var d=n.backend_util.prepareSplitSize(u,i,o);var p=new Array(u.shape.length).fill(0);var l=u.shape.slice();return d.map(function(e){var a=__spreadArray([],__read(l),false);a[o]=e;var r=slice({inputs:{x:u},attrs:{begin:p,size:a},backend:t});p[o]+=e;return r})}var ft={kernelName:n.SplitV,backendName:"wasm",kernelFunc:splitV};
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
 */var vt=createUnaryKernelConfig(n.Sqrt);
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
 */var ht=createUnaryKernelConfig(n.Square);
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
 */var bt=createBinaryKernelConfig(n.SquaredDifference);
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
 */var _t;function setup$6(e){_t=e.wasm.cwrap(n.Step,null,["number","number","number","number"])}function step(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=t.alpha;var u=r.x;var i=a.dataIdMap.get(u.dataId).id;var s=a.makeOutput(u.shape,u.dtype);var o=a.dataIdMap.get(s.dataId).id;_t(i,n,d[u.dtype],o);return s}var yt={kernelName:n.Step,backendName:"wasm",setupFunc:setup$6,kernelFunc:step};
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
 */var gt;function setup$5(e){gt=e.wasm.cwrap(n.StridedSlice,null,["number","array","number","array","array","array","array","array","number","number"])}function stridedSlice(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.x;var i=t.begin,s=t.end,o=t.strides,d=t.beginMask,p=t.endMask,l=t.ellipsisMask,c=t.newAxisMask,m=t.shrinkAxisMask;var f=n.slice_util.sliceInfo(u.shape,i,s,o,d,p,l,c,m),v=f.finalShapeSparse,h=f.finalShape,b=f.isIdentity,_=f.sliceDim0,y=f.isSimpleSlice,g=f.begin,k=f.end,I=f.strides;var w;if(b){w=reshape({inputs:{x:u},backend:a,attrs:{shape:h}})}else if(_||y){n.util.assert(u.shape.length>=1,function(){return"Input must have rank at least 1, got: ".concat(u.shape.length)});var S=n.slice_util.computeOutShape(g,k,I);var M=slice({inputs:{x:u},backend:a,attrs:{begin:g,size:S}});w=reshape({inputs:{x:M},backend:a,attrs:{shape:h}});a.disposeData(M.dataId)}else{var A=a.makeOutput(v,"float32");var x=a.dataIdMap.get(u.dataId).id;var F=new Uint8Array(new Int32Array(n.util.computeStrides(u.shape)).buffer);var D=new Uint8Array(new Int32Array(g).buffer);var N=new Uint8Array(new Int32Array(k).buffer);var R=new Uint8Array(new Int32Array(I).buffer);var C=new Uint8Array(new Int32Array(v).buffer);var P=new Uint8Array(new Int32Array(n.util.computeStrides(v)).buffer);var E=a.dataIdMap.get(A.dataId).id;gt(x,F,u.shape.length,D,N,R,C,P,v.length,E);w=reshape({inputs:{x:A},backend:a,attrs:{shape:h}});a.disposeData(A.dataId)}return w}var kt={kernelName:n.StridedSlice,backendName:"wasm",setupFunc:setup$5,kernelFunc:stridedSlice};function stringNGrams(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=r.data,u=r.dataSplits;var i=t.separator,s=t.nGramWidths,o=t.leftPad,d=t.rightPad,p=t.padWidth,l=t.preserveShortSequences;var c=a.readSync(n.dataId);var m=a.readSync(u.dataId);var f=__read(stringNGramsImpl(c,m,i,s,o,d,p,l),2),v=f[0],h=f[1];var b=a.makeOutput([v.length],"string");var _=a.dataIdMap.get(b.dataId);_.stringBytes=v;var y=a.makeOutput(u.shape,"int32");var g=a.typedArrayFromHeap(y);g.set(h);return[b,y]}var It={kernelName:n.StringNGrams,backendName:"wasm",kernelFunc:stringNGrams};function stringSplit(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=r.input,u=r.delimiter;var i=t.skipEmpty;var s=a.readSync(n.dataId);var o=a.readSync(u.dataId);var d=__read(stringSplitImpl(s,o[0],i),3),p=d[0],l=d[1],c=d[2];var m=l.length;var f=a.makeOutput([m,2],"int32");var v=a.typedArrayFromHeap(f);v.set(p);var h=a.makeOutput([m],"string");var b=a.dataIdMap.get(h.dataId);b.stringBytes=l;var _=a.makeOutput([2],"int32");var y=a.typedArrayFromHeap(_);y.set(c);return[f,h,_]}var wt={kernelName:n.StringSplit,backendName:"wasm",kernelFunc:stringSplit};
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
 */function stringToHashBucketFast(e){var a=e.backend,r=e.inputs,t=e.attrs;var n=r.input;var u=t.numBuckets;var i=a.readSync(n.dataId);var s=stringToHashBucketFastImpl(i,u);var o=a.makeOutput(n.shape,"int32");var d=a.typedArrayFromHeap(o);d.set(s);return o}var St={kernelName:n.StringToHashBucketFast,backendName:"wasm",kernelFunc:stringToHashBucketFast};
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
 */var Mt=createBinaryKernelConfig(n.Sub);var At;function setup$4(e){At=e.wasm.cwrap(n.Sum,null,["number","number","number","number"])}function sum(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=t.axis,i=t.keepDims;var s=r.x;var o=a.dataIdMap.get(s.dataId).id;var p=o;var l=s;var c=permuteAxesAndTranspose(s,u,a),m=c.transposed,f=c.axes,v=c.originalAxes,h=c.inputWasTransposed;var b=f;if(h){var _=a.dataIdMap.get(m.dataId).id;if(_!==o){l=m;p=_;b=n.backend_util.getInnerMostAxes(b.length,l.shape.length)}}n.backend_util.assertAxesAreInnerMostDims("sum",b,l.shape.length);var y=__read(n.backend_util.computeOutAndReduceShapes(l.shape,b),2),g=y[0],k=y[1];var I=n.util.sizeFromShape(k);var w=a.makeOutput(g,l.dtype);if(n.util.sizeFromShape(l.shape)!==0){var S=a.dataIdMap.get(w.dataId).id;At(p,I,d[w.dtype],S)}if(h){a.disposeData(m.dataId)}if(i){var M=n.backend_util.expandShapeToKeepDim(w.shape,v);w.shape=M}return w}var xt={kernelName:n.Sum,backendName:"wasm",setupFunc:setup$4,kernelFunc:sum};
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
 */var Ft=createUnaryKernelConfig(n.Tan);
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
 */var Dt=createUnaryKernelConfig(n.Tanh);
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
 */var Nt;function setup$3(e){Nt=e.wasm.cwrap(n.TensorScatterUpdate,null,["number","number","number","number","number","number","array","number","number","number"])}function tensorScatterUpdate(e){var a=e.backend,r=e.inputs;e.attrs;var t=r.tensor,u=r.indices,i=r.updates;var s=a.makeOutput(t.shape,t.dtype);if(n.util.sizeFromShape(t.shape)===0){return s}var o=n.scatter_util.calculateShapes(i,u,t.shape),p=o.sliceRank,l=o.numUpdates,c=o.sliceSize,m=o.strides,f=o.outputSize;var v=a.dataIdMap.get(u.dataId);var h=v.id;var b=a.dataIdMap.get(i.dataId);var _=b.id;var y=a.dataIdMap.get(t.dataId);var g=y.id;var k=new Uint8Array(new Int32Array(m).buffer);var I=a.dataIdMap.get(s.dataId).id;Nt(h,_,d[i.dtype],p,l,c,k,f,I,g);return s}var Rt={kernelName:n.TensorScatterUpdate,backendName:"wasm",setupFunc:setup$3,kernelFunc:tensorScatterUpdate};
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
 */var Ct;function setup$2(e){Ct=e.wasm.cwrap(n.Tile,null,["number","array","number","array","number","number"])}function tile(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.x;var u=r.dataIdMap.get(n.dataId).id;var i=t.reps;var s=new Array(n.shape.length);for(var o=0;o<s.length;o++){s[o]=n.shape[o]*i[o]}var p=new Uint8Array(new Int32Array(n.shape).buffer);var l=new Uint8Array(new Int32Array(s).buffer);var c=r.makeOutput(s,n.dtype);var m=r.dataIdMap.get(c.dataId).id;Ct(u,p,n.shape.length,l,s.length,d[c.dtype],m);return c}var Pt={kernelName:n.Tile,backendName:"wasm",setupFunc:setup$2,kernelFunc:tile};
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
 */var Et;function setup$1(e){Et=e.wasm.cwrap(n.TopK,null,["number","array","number","number","number","bool","number","number"])}var topk=function(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.x;var u=t.k,i=t.sorted;var s=r.dataIdMap.get(n.dataId).id;var o=new Uint8Array(new Int32Array(n.shape).buffer);var p=n.shape.slice();p[p.length-1]=u;var l=r.makeOutput(p,n.dtype);var c=r.dataIdMap.get(l.dataId).id;var m=r.makeOutput(p,"int32");var f=r.dataIdMap.get(m.dataId).id;Et(s,o,n.shape.length,d[n.dtype],u,i,c,f);return[l,m]};var Tt={kernelName:n.TopK,backendName:"wasm",setupFunc:setup$1,kernelFunc:topk};var Wt;function setup(e){Wt=e.wasm.cwrap(n.Transform,null,["number","number","bool","number","number","number","number","number","number","array","number","array","number","number","number","number","number"])}function transform(e){var a=e.backend,r=e.inputs,t=e.attrs;var u=r.image,i=r.transforms;var s=t.interpolation,o=t.fillMode,d=t.fillValue,p=t.outputShape;var l=__read(u.shape,4),c=l[0],m=l[1],f=l[2],v=l[3];var h=__read(p!=null?p:[m,f],2),b=h[0],_=h[1];var y=[c,b,_,v];var g=new Uint8Array(new Int32Array(n.util.computeStrides(u.shape)).buffer);var k=new Uint8Array(new Int32Array(n.util.computeStrides(y)).buffer);var I=a.makeOutput(y,u.dtype);var w=a.dataIdMap.get(I.dataId).id;var S=a.dataIdMap.get(u.dataId);var M=S.id;var A=a.dataIdMap.get(i.dataId);var x=A.id;var F=s==="nearest"?1:2;var D;switch(o){case"constant":D=1;break;case"reflect":D=2;break;case"wrap":D=3;break;case"nearest":D=4;break;default:D=1;break}Wt(M,x,i.shape[0]>1,c,b,_,v,f,m,g,u.shape.length-1,k,y.length-1,F,D,d,w);return I}var Ot={kernelName:n.Transform,backendName:"wasm",setupFunc:setup,kernelFunc:transform};
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
 */function unique(e){var a=e.inputs,r=e.attrs,t=e.backend;var n=r.axis;var u=a.x;var i=uniqueImpl(t.readSync(u.dataId),n,u.shape,u.dtype),s=i.outputValues,o=i.outputShape,d=i.indices;return[t.makeOutput(o,u.dtype,undefined,s),t.makeOutput([d.length],"int32",undefined,d)]}var Bt={kernelName:n.Unique,backendName:"wasm",kernelFunc:unique};
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
 */function unpack(e){var a=e.inputs,r=e.backend,t=e.attrs;var n=a.value;var u=t.axis;if(u<0){u+=n.shape.length}var i=n.shape[u];var s=n.shape.length;var o=new Array(s-1);var d=0;for(var p=0;p<s;p++){if(p!==u){o[d++]=n.shape[p]}}var l=new Array(i);var c=new Array(s).fill(0);var m=n.shape.slice();m[u]=1;for(var p=0;p<l.length;p++){c[u]=p;l[p]=slice({inputs:{x:n},attrs:{begin:c,size:m},backend:r})}return l.map(function(e){var a=e.dataId,r=e.dtype;return{dataId:a,dtype:r,shape:o}})}var Ut={kernelName:n.Unpack,backendName:"wasm",kernelFunc:unpack};
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
 */function zerosLike(e){var a=e.inputs.x,r=e.backend;var t=r.makeOutput(a.shape,a.dtype);var n=r.typedArrayFromHeap(t);n.fill(0);return t}var zt={kernelName:n.ZerosLike,backendName:"wasm",kernelFunc:zerosLike};var Ht,Gt;var Lt=[c,m,f,v,h,_,w,M,A,x,F,D,N,R,C,E,z,W,B,L,V,K,Q,X,J,Z,ee,ae,te,ue,se,de,le,ce,me,he,_e,ge,Ie,Se,Ae,Fe,Ne,Ce,Ee,Te,Oe,Ue,ze,He,Ge,Le,$e,Ve,qe,Ke,Xe,Ze,ea,ra,na,ia,oa,y,da,pa,la,ma,va,ba,ya,ka,ga,wa,Sa,Aa,Fa,Na,Ca,Ea,Ta,Oa,Ua,Ha,La,ja,qa,Qa,Xa,Ya,tr,nr,ur,ir,or,pr,cr,fr,hr,br,_r,gr,kr,wr,Mr,Ar,xr,Fr,Dr,Nr,H,Cr,Er,Wr,Br,zr,Gr,Lr,$r,Vr,Kr,Xr,Jr,Yr,et,at,rt,j,ar,tt,nt,it,ot,pt,lt,mt,ft,vt,ht,bt,yt,kt,It,wt,St,Mt,xt,Ft,Dt,Rt,Pt,Tt,Ot,k,Bt,Ut,zt];try{for(var $t=__values(Lt),jt=$t.next();!jt.done;jt=$t.next()){var Vt=jt.value;n.registerKernel(Vt)}}catch(e){Ht={error:e}}finally{try{if(jt&&!jt.done&&(Gt=$t.return))Gt.call($t)}finally{if(Ht)throw Ht.error}}var qt=n.env();qt.registerFlag("WASM_HAS_SIMD_SUPPORT",function(){return __awaiter(void 0,void 0,void 0,function(){return __generator(this,function(e){try{return[2,WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,9,1,7,0,65,0,253,15,26,11]))]}catch(e){return[2,false]}return[2]})})});qt.registerFlag("WASM_HAS_MULTITHREAD_SUPPORT",function(){return __awaiter(void 0,void 0,void 0,function(){return __generator(this,function(e){if(qt.get("IS_NODE")){return[2,false]}try{(new MessageChannel).port1.postMessage(new SharedArrayBuffer(1));return[2,WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))]}catch(e){return[2,false]}return[2]})})});var Kt=typeof globalThis!=="undefined"?globalThis:typeof window!=="undefined"?window:typeof global!=="undefined"?global:typeof self!=="undefined"?self:{};function getDefaultExportFromCjs(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e["default"]:e}var Qt={exports:{}};(function(e,r){var n=function(){var e=typeof document!=="undefined"&&document.currentScript?document.currentScript.src:undefined;if(typeof __filename!=="undefined")e=e||__filename;return function(r){r=r||{};function GROWABLE_HEAP_I8(){if(N.buffer!=T){updateGlobalBufferAndViews(N.buffer)}return W}function GROWABLE_HEAP_U8(){if(N.buffer!=T){updateGlobalBufferAndViews(N.buffer)}return O}function GROWABLE_HEAP_I32(){if(N.buffer!=T){updateGlobalBufferAndViews(N.buffer)}return B}function GROWABLE_HEAP_U32(){if(N.buffer!=T){updateGlobalBufferAndViews(N.buffer)}return U}function GROWABLE_HEAP_F64(){if(N.buffer!=T){updateGlobalBufferAndViews(N.buffer)}return z}var n=typeof r!="undefined"?r:{};var d,p;n["ready"]=new Promise(function(e,a){d=e;p=a});var l;if(typeof process!=="undefined"&&process.listeners){l={uncaughtException:process.listeners("uncaughtException"),unhandledRejection:process.listeners("unhandledRejection")}}var c=Object.assign({},n);var quit_=function(e,a){throw a};var m=typeof window=="object";var f=typeof importScripts=="function";var v=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";var h=n["ENVIRONMENT_IS_PTHREAD"]||false;var b="";function locateFile(e){if(n["locateFile"]){return n["locateFile"](e,b)}return b+e}var _,y,g;function logExceptionOnExit(e){if(e instanceof ExitStatus)return;var a=e;x("exiting due to exception: "+a)}if(v){var k=u;var I=i;if(f){b=I.dirname(b)+"/"}else{b=a+"/"}_=function(e,a){e=isFileURI(e)?new URL(e):I.normalize(e);return k.readFileSync(e,a?undefined:"utf8")};g=function(e){var a=_(e,true);if(!a.buffer){a=new Uint8Array(a)}return a};y=function(e,a,r){e=isFileURI(e)?new URL(e):I.normalize(e);k.readFile(e,function(e,t){if(e)r(e);else a(t.buffer)})};if(process["argv"].length>1){process["argv"][1].replace(/\\/g,"/")}process["argv"].slice(2);process["on"]("uncaughtException",function(e){if(!(e instanceof ExitStatus)){throw e}});process["on"]("unhandledRejection",function(e){throw e});quit_=function(e,a){if(keepRuntimeAlive()){process["exitCode"]=e;throw a}logExceptionOnExit(a);process["exit"](e)};n["inspect"]=function(){return"[Emscripten Module object]"};var w=void 0;try{w=t(8167)}catch(e){console.error('The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?');throw e}Kt.Worker=w.Worker}else if(m||f){if(f){b=self.location.href}else if(typeof document!="undefined"&&document.currentScript){b=document.currentScript.src}if(typeof e!=="undefined"&&e){b=e}if(b.indexOf("blob:")!==0){b=b.substr(0,b.replace(/[?#].*/,"").lastIndexOf("/")+1)}else{b=""}if(!v){_=function(e){var a=new XMLHttpRequest;a.open("GET",e,false);a.send(null);return a.responseText};if(f){g=function(e){var a=new XMLHttpRequest;a.open("GET",e,false);a.responseType="arraybuffer";a.send(null);return new Uint8Array(a.response)}}y=function(e,a,r){var t=new XMLHttpRequest;t.open("GET",e,true);t.responseType="arraybuffer";t.onload=function(){if(t.status==200||t.status==0&&t.response){a(t.response);return}r()};t.onerror=r;t.send(null)}}}else;if(v){if(typeof performance=="undefined"){Kt.performance=s.performance}}var S=console.log.bind(console);var M=console.warn.bind(console);if(v){S=function(e){return k.writeSync(1,e+"\n")};M=function(e){return k.writeSync(2,e+"\n")}}var A=n["print"]||S;var x=n["printErr"]||M;Object.assign(n,c);c=null;if(n["arguments"])n["arguments"];if(n["thisProgram"])n["thisProgram"];if(n["quit"])quit_=n["quit"];var F;if(n["wasmBinary"])F=n["wasmBinary"];var D=n["noExitRuntime"]||true;if(typeof WebAssembly!="object"){abort("no native wasm support detected")}var N;var R;var C=false;var P;function assert(e,a){if(!e){abort(a)}}var E=typeof TextDecoder!="undefined"?new TextDecoder("utf8"):undefined;function UTF8ArrayToString(e,a,r){a>>>=0;var t=a+r;var n=a;while(e[n]&&!(n>=t))++n;if(n-a>16&&e.buffer&&E){return E.decode(e.buffer instanceof SharedArrayBuffer?e.slice(a,n):e.subarray(a,n))}var u="";while(a<n){var i=e[a++];if(!(i&128)){u+=String.fromCharCode(i);continue}var s=e[a++]&63;if((i&224)==192){u+=String.fromCharCode((i&31)<<6|s);continue}var o=e[a++]&63;if((i&240)==224){i=(i&15)<<12|s<<6|o}else{i=(i&7)<<18|s<<12|o<<6|e[a++]&63}if(i<65536){u+=String.fromCharCode(i)}else{var d=i-65536;u+=String.fromCharCode(55296|d>>10,56320|d&1023)}}return u}function UTF8ToString(e,a){e>>>=0;return e?UTF8ArrayToString(GROWABLE_HEAP_U8(),e,a):""}function stringToUTF8Array(e,a,r,t){r>>>=0;if(!(t>0))return 0;var n=r;var u=r+t-1;for(var i=0;i<e.length;++i){var s=e.charCodeAt(i);if(s>=55296&&s<=57343){var o=e.charCodeAt(++i);s=65536+((s&1023)<<10)|o&1023}if(s<=127){if(r>=u)break;a[r++>>>0]=s}else if(s<=2047){if(r+1>=u)break;a[r++>>>0]=192|s>>6;a[r++>>>0]=128|s&63}else if(s<=65535){if(r+2>=u)break;a[r++>>>0]=224|s>>12;a[r++>>>0]=128|s>>6&63;a[r++>>>0]=128|s&63}else{if(r+3>=u)break;a[r++>>>0]=240|s>>18;a[r++>>>0]=128|s>>12&63;a[r++>>>0]=128|s>>6&63;a[r++>>>0]=128|s&63}}a[r>>>0]=0;return r-n}function stringToUTF8(e,a,r){return stringToUTF8Array(e,GROWABLE_HEAP_U8(),a,r)}var T,W,O,B,U,z;if(h){T=n["buffer"]}function updateGlobalBufferAndViews(e){T=e;n["HEAP8"]=W=new Int8Array(e);n["HEAP16"]=new Int16Array(e);n["HEAP32"]=B=new Int32Array(e);n["HEAPU8"]=O=new Uint8Array(e);n["HEAPU16"]=new Uint16Array(e);n["HEAPU32"]=U=new Uint32Array(e);n["HEAPF32"]=new Float32Array(e);n["HEAPF64"]=z=new Float64Array(e)}var H=n["INITIAL_MEMORY"]||16777216;if(h){N=n["wasmMemory"];T=n["buffer"]}else{if(n["wasmMemory"]){N=n["wasmMemory"]}else{N=new WebAssembly.Memory({initial:H/65536,maximum:4294967296/65536,shared:true});if(!(N.buffer instanceof SharedArrayBuffer)){x("requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag");if(v){x("(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)")}throw Error("bad memory")}}}if(N){T=N.buffer}H=T.byteLength;updateGlobalBufferAndViews(T);var G;var L=[];var $=[];var j=[];function keepRuntimeAlive(){return D}function preRun(){if(n["preRun"]){if(typeof n["preRun"]=="function")n["preRun"]=[n["preRun"]];while(n["preRun"].length){addOnPreRun(n["preRun"].shift())}}callRuntimeCallbacks(L)}function initRuntime(){if(h)return;callRuntimeCallbacks($)}function postRun(){if(h)return;if(n["postRun"]){if(typeof n["postRun"]=="function")n["postRun"]=[n["postRun"]];while(n["postRun"].length){addOnPostRun(n["postRun"].shift())}}callRuntimeCallbacks(j)}function addOnPreRun(e){L.unshift(e)}function addOnInit(e){$.unshift(e)}function addOnPostRun(e){j.unshift(e)}var V=0;var q=null;function addRunDependency(e){V++;if(n["monitorRunDependencies"]){n["monitorRunDependencies"](V)}}function removeRunDependency(e){V--;if(n["monitorRunDependencies"]){n["monitorRunDependencies"](V)}if(V==0){if(q){var a=q;q=null;a()}}}function abort(e){if(n["onAbort"]){n["onAbort"](e)}e="Aborted("+e+")";x(e);C=true;P=1;e+=". Build with -sASSERTIONS for more info.";var a=new WebAssembly.RuntimeError(e);p(a);throw a}var K="data:application/octet-stream;base64,";function isDataURI(e){return e.startsWith(K)}function isFileURI(e){return e.startsWith("file://")}var Q;Q="tfjs-backend-wasm-threaded-simd.wasm";if(!isDataURI(Q)){Q=locateFile(Q)}function getBinary(e){try{if(e==Q&&F){return new Uint8Array(F)}if(g){return g(e)}throw"both async and sync fetching of the wasm failed"}catch(e){abort(e)}}function getBinaryPromise(){if(!F&&(m||f)){if(typeof fetch=="function"&&!isFileURI(Q)){return fetch(Q,{credentials:"same-origin"}).then(function(e){if(!e["ok"]){throw"failed to load wasm binary file at '"+Q+"'"}return e["arrayBuffer"]()}).catch(function(){return getBinary(Q)})}else{if(y){return new Promise(function(e,a){y(Q,function(a){e(new Uint8Array(a))},a)})}}}return Promise.resolve().then(function(){return getBinary(Q)})}function createWasm(){var e={env:ue,wasi_snapshot_preview1:ue};function receiveInstance(e,a){var r=e.exports;n["asm"]=r;registerTLSInit(n["asm"]["_emscripten_tls_init"]);G=n["asm"]["__indirect_function_table"];addOnInit(n["asm"]["__wasm_call_ctors"]);R=a;if(!h){var t=Z.unusedWorkers.length;Z.unusedWorkers.forEach(function(e){Z.loadWasmModuleToWorker(e,function(){if(! --t)removeRunDependency()})})}}if(!h){addRunDependency()}function receiveInstantiationResult(e){receiveInstance(e["instance"],e["module"])}function instantiateArrayBuffer(a){return getBinaryPromise().then(function(a){return WebAssembly.instantiate(a,e)}).then(function(e){return e}).then(a,function(e){x("failed to asynchronously prepare wasm: "+e);abort(e)})}function instantiateAsync(){if(!F&&typeof WebAssembly.instantiateStreaming=="function"&&!isDataURI(Q)&&!isFileURI(Q)&&!v&&typeof fetch=="function"){return fetch(Q,{credentials:"same-origin"}).then(function(a){var r=WebAssembly.instantiateStreaming(a,e);return r.then(receiveInstantiationResult,function(e){x("wasm streaming compile failed: "+e);x("falling back to ArrayBuffer instantiation");return instantiateArrayBuffer(receiveInstantiationResult)})})}else{return instantiateArrayBuffer(receiveInstantiationResult)}}if(n["instantiateWasm"]){try{var a=n["instantiateWasm"](e,receiveInstance);return a}catch(e){x("Module.instantiateWasm callback failed with error: "+e);p(e)}}instantiateAsync().catch(p);return{}}var X={};function ExitStatus(e){this.name="ExitStatus";this.message="Program terminated with exit("+e+")";this.status=e}function killThread(e){var a=Z.pthreads[e];delete Z.pthreads[e];a.terminate();pe(e);Z.runningWorkers.splice(Z.runningWorkers.indexOf(a),1);a.pthread_ptr=0}function cancelThread(e){var a=Z.pthreads[e];a.postMessage({cmd:"cancel"})}function cleanupThread(e){var a=Z.pthreads[e];assert(a);Z.returnWorkerToPool(a)}function spawnThread(e){var a=Z.getNewWorker();if(!a){return 6}Z.runningWorkers.push(a);Z.pthreads[e.pthread_ptr]=a;a.pthread_ptr=e.pthread_ptr;var r={cmd:"run",start_routine:e.startRoutine,arg:e.arg,pthread_ptr:e.pthread_ptr};a.runPthread=function(){if(v){a.ref()}a.postMessage(r,e.transferList);delete a.runPthread};if(a.loaded){a.runPthread()}return 0}function _proc_exit(e){if(h)return _emscripten_proxy_to_main_thread_js(1,1,e);P=e;if(!keepRuntimeAlive()){Z.terminateAllThreads();if(n["onExit"])n["onExit"](e);C=true}quit_(e,new ExitStatus(e))}function exitJS(e,a){P=e;if(!a){if(h){exitOnMainThread(e);throw"unwind"}}_proc_exit(e)}var J=exitJS;function handleException(e){if(e instanceof ExitStatus||e=="unwind"){return P}quit_(1,e)}var Z={unusedWorkers:[],runningWorkers:[],tlsInitFunctions:[],pthreads:{},init:function(){if(h){Z.initWorker()}else{Z.initMainThread()}},initMainThread:function(){var e=8;while(e--){Z.allocateUnusedWorker()}},initWorker:function(){D=false},setExitStatus:function(e){P=e},terminateAllThreads:function(){var e,a,r,t;try{for(var n=__values(Object.values(Z.pthreads)),u=n.next();!u.done;u=n.next()){var i=u.value;Z.returnWorkerToPool(i)}}catch(a){e={error:a}}finally{try{if(u&&!u.done&&(a=n.return))a.call(n)}finally{if(e)throw e.error}}try{for(var s=__values(Z.unusedWorkers),o=s.next();!o.done;o=s.next()){var i=o.value;i.terminate()}}catch(e){r={error:e}}finally{try{if(o&&!o.done&&(t=s.return))t.call(s)}finally{if(r)throw r.error}}Z.unusedWorkers=[]},returnWorkerToPool:function(e){var a=e.pthread_ptr;delete Z.pthreads[a];Z.unusedWorkers.push(e);Z.runningWorkers.splice(Z.runningWorkers.indexOf(e),1);e.pthread_ptr=0;if(v){e.unref()}pe(a)},receiveObjectTransfer:function(e){},threadInitTLS:function(){Z.tlsInitFunctions.forEach(function(e){return e()})},loadWasmModuleToWorker:function(a,r){var t,u;a.onmessage=function(e){var t=e["data"];var u=t["cmd"];if(a.pthread_ptr)Z.currentProxiedOperationCallerThread=a.pthread_ptr;if(t["targetThread"]&&t["targetThread"]!=ie()){var i=Z.pthreads[t.targetThread];if(i){i.postMessage(t,t["transferList"])}else{x('Internal error! Worker sent a message "'+u+'" to target pthread '+t["targetThread"]+", but that thread no longer exists!")}Z.currentProxiedOperationCallerThread=undefined;return}if(u==="processProxyingQueue"){executeNotifiedProxyingQueue(t["queue"])}else if(u==="spawnThread"){spawnThread(t)}else if(u==="cleanupThread"){cleanupThread(t["thread"])}else if(u==="killThread"){killThread(t["thread"])}else if(u==="cancelThread"){cancelThread(t["thread"])}else if(u==="loaded"){a.loaded=true;if(v){a.unref()}if(r)r(a);if(a.runPthread){a.runPthread()}}else if(u==="print"){A("Thread "+t["threadId"]+": "+t["text"])}else if(u==="printErr"){x("Thread "+t["threadId"]+": "+t["text"])}else if(u==="alert"){alert("Thread "+t["threadId"]+": "+t["text"])}else if(t.target==="setimmediate"){a.postMessage(t)}else if(u==="callHandler"){n[t["handler"]].apply(n,__spreadArray([],__read(t["args"]),false))}else if(u){x("worker sent an unknown command "+u)}Z.currentProxiedOperationCallerThread=undefined};a.onerror=function(e){var a="worker sent an error!";x(a+" "+e.filename+":"+e.lineno+": "+e.message);throw e};if(v){a.on("message",function(e){a.onmessage({data:e})});a.on("error",function(e){a.onerror(e)});a.on("detachedExit",function(){})}var i=[];var s=["onExit","onAbort","print","printErr"];try{for(var o=__values(s),d=o.next();!d.done;d=o.next()){var p=d.value;if(n.hasOwnProperty(p)){i.push(p)}}}catch(e){t={error:e}}finally{try{if(d&&!d.done&&(u=o.return))u.call(o)}finally{if(t)throw t.error}}a.postMessage({cmd:"load",handlers:i,urlOrBlob:n["mainScriptUrlOrBlob"]||e,wasmMemory:N,wasmModule:R})},allocateUnusedWorker:function(){var e;var a=locateFile("tfjs-backend-wasm-threaded-simd.worker.js");e=new Worker(a);Z.unusedWorkers.push(e)},getNewWorker:function(){if(Z.unusedWorkers.length==0){Z.allocateUnusedWorker();Z.loadWasmModuleToWorker(Z.unusedWorkers[0])}return Z.unusedWorkers.pop()}};n["PThread"]=Z;function callRuntimeCallbacks(e){while(e.length>0){e.shift()(n)}}function establishStackSpace(){var e=ie();var a=GROWABLE_HEAP_I32()[e+52>>>2];var r=GROWABLE_HEAP_I32()[e+56>>>2];var t=a-r;ce(a,t);fe(a)}n["establishStackSpace"]=establishStackSpace;function exitOnMainThread(e){if(h)return _emscripten_proxy_to_main_thread_js(2,0,e);try{J(e)}catch(e){handleException(e)}}var Y=[];function getWasmTableEntry(e){var a=Y[e];if(!a){if(e>=Y.length)Y.length=e+1;Y[e]=a=G.get(e)}return a}function invokeEntryPoint(e,a){var r=getWasmTableEntry(e)(a);if(keepRuntimeAlive()){Z.setExitStatus(r)}else{le(r)}}n["invokeEntryPoint"]=invokeEntryPoint;function registerTLSInit(e){Z.tlsInitFunctions.push(e)}function ___emscripten_init_main_thread_js(e){se(e,!f,1,!m);Z.threadInitTLS()}function ___emscripten_thread_cleanup(e){if(!h)cleanupThread(e);else postMessage({cmd:"cleanupThread",thread:e})}function pthreadCreateProxied(e,a,r,t){if(h)return _emscripten_proxy_to_main_thread_js(3,1,e,a,r,t);return ___pthread_create_js(e,a,r,t)}function ___pthread_create_js(e,a,r,t){if(typeof SharedArrayBuffer=="undefined"){x("Current environment does not support SharedArrayBuffer, pthreads are not available!");return 6}var n=[];var u=0;if(h&&(n.length===0||u)){return pthreadCreateProxied(e,a,r,t)}var i={startRoutine:r,pthread_ptr:e,arg:t,transferList:n};if(h){i.cmd="spawnThread";postMessage(i,n);return 0}return spawnThread(i)}function __emscripten_default_pthread_stack_size(){return 65536}var ee=true;function __emscripten_get_now_is_monotonic(){return ee}function executeNotifiedProxyingQueue(e){Atomics.store(GROWABLE_HEAP_I32(),e>>2,1);if(ie()){de(e)}Atomics.compareExchange(GROWABLE_HEAP_I32(),e>>2,1,0)}n["executeNotifiedProxyingQueue"]=executeNotifiedProxyingQueue;function __emscripten_notify_task_queue(e,a,r,t){if(e==a){setTimeout(function(){return executeNotifiedProxyingQueue(t)})}else if(h){postMessage({targetThread:e,cmd:"processProxyingQueue",queue:t})}else{var n=Z.pthreads[e];if(!n){return}n.postMessage({cmd:"processProxyingQueue",queue:t})}return 1}function __emscripten_set_offscreencanvas_size(e,a,r){return-1}function _abort(){abort("")}function warnOnce(e){if(!warnOnce.shown)warnOnce.shown={};if(!warnOnce.shown[e]){warnOnce.shown[e]=1;if(v)e="warning: "+e;x(e)}}function _emscripten_check_blocking_allowed(){if(v)return;if(f)return;warnOnce("Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread")}function _emscripten_date_now(){return Date.now()}function getHeapMax(){return 4294901760}function _emscripten_get_heap_max(){return getHeapMax()}var ae;if(v){ae=function(){var e=process["hrtime"]();return e[0]*1e3+e[1]/1e6}}else ae=function(){return performance.timeOrigin+performance.now()};function _emscripten_memcpy_big(e,a,r){GROWABLE_HEAP_U8().copyWithin(e>>>0,a>>>0,a+r>>>0)}function _emscripten_num_logical_cores(){if(v)return o.cpus().length;return navigator["hardwareConcurrency"]}function withStackSave(e){var a=me();var r=e();fe(a);return r}function _emscripten_proxy_to_main_thread_js(e,a){var r=arguments.length-2;var t=arguments;return withStackSave(function(){var n=r;var u=ve(n*8);var i=u>>3;for(var s=0;s<r;s++){var o=t[2+s];GROWABLE_HEAP_F64()[i+s>>>0]=o}return oe(e,n,u,a)})}var re=[];function _emscripten_receive_on_main_thread_js(e,a,r){re.length=a;var t=r>>3;for(var n=0;n<a;n++){re[n]=GROWABLE_HEAP_F64()[t+n>>>0]}var u=e<0;var i=!u?ne[e]:X[-e-1];return i.apply(null,re)}function emscripten_realloc_buffer(e){try{N.grow(e-T.byteLength+65535>>>16);updateGlobalBufferAndViews(N.buffer);return 1}catch(e){}}function _emscripten_resize_heap(e){var a=GROWABLE_HEAP_U8().length;e=e>>>0;if(e<=a){return false}var r=getHeapMax();if(e>r){return false}var alignUp=function(e,a){return e+(a-e%a)%a};for(var t=1;t<=4;t*=2){var n=a*(1+.2/t);n=Math.min(n,e+100663296);var u=Math.min(r,alignUp(Math.max(e,n),65536));var i=emscripten_realloc_buffer(u);if(i){return true}}return false}function _emscripten_unwind_to_js_event_loop(){throw"unwind"}function _fd_close(e){if(h)return _emscripten_proxy_to_main_thread_js(4,1,e);return 52}function _fd_seek(e,a,r,t,n){if(h)return _emscripten_proxy_to_main_thread_js(5,1,e,a,r,t,n);return 70}var te=[null,[],[]];function printChar(e,a){var r=te[e];if(a===0||a===10){(e===1?A:x)(UTF8ArrayToString(r,0));r.length=0}else{r.push(a)}}function _fd_write(e,a,r,t){if(h)return _emscripten_proxy_to_main_thread_js(6,1,e,a,r,t);var n=0;for(var u=0;u<r;u++){var i=GROWABLE_HEAP_U32()[a>>>2];var s=GROWABLE_HEAP_U32()[a+4>>>2];a+=8;for(var o=0;o<s;o++){printChar(e,GROWABLE_HEAP_U8()[i+o>>>0])}n+=s}GROWABLE_HEAP_U32()[t>>>2]=n;return 0}function getCFunc(e){var a=n["_"+e];return a}function writeArrayToMemory(e,a){GROWABLE_HEAP_I8().set(e,a>>>0)}function ccall(e,a,r,t,n){var u={string:function(e){var a=0;if(e!==null&&e!==undefined&&e!==0){var r=(e.length<<2)+1;a=ve(r);stringToUTF8(e,a,r)}return a},array:function(e){var a=ve(e.length);writeArrayToMemory(e,a);return a}};function convertReturnValue(e){if(a==="string"){return UTF8ToString(e)}if(a==="boolean")return Boolean(e);return e}var i=getCFunc(e);var s=[];var o=0;if(t){for(var d=0;d<t.length;d++){var p=u[r[d]];if(p){if(o===0)o=me();s[d]=p(t[d])}else{s[d]=t[d]}}}var l=i.apply(null,s);function onDone(e){if(o!==0)fe(o);return convertReturnValue(e)}l=onDone(l);return l}function cwrap(e,a,r,t){r=r||[];var n=r.every(function(e){return e==="number"||e==="boolean"});var u=a!=="string";if(u&&n&&!t){return getCFunc(e)}return function(){return ccall(e,a,r,arguments)}}Z.init();var ne=[null,_proc_exit,exitOnMainThread,pthreadCreateProxied,_fd_close,_fd_seek,_fd_write];var ue={__emscripten_init_main_thread_js:___emscripten_init_main_thread_js,__emscripten_thread_cleanup:___emscripten_thread_cleanup,__pthread_create_js:___pthread_create_js,_emscripten_default_pthread_stack_size:__emscripten_default_pthread_stack_size,_emscripten_get_now_is_monotonic:__emscripten_get_now_is_monotonic,_emscripten_notify_task_queue:__emscripten_notify_task_queue,_emscripten_set_offscreencanvas_size:__emscripten_set_offscreencanvas_size,abort:_abort,emscripten_check_blocking_allowed:_emscripten_check_blocking_allowed,emscripten_date_now:_emscripten_date_now,emscripten_get_heap_max:_emscripten_get_heap_max,emscripten_get_now:ae,emscripten_memcpy_big:_emscripten_memcpy_big,emscripten_num_logical_cores:_emscripten_num_logical_cores,emscripten_receive_on_main_thread_js:_emscripten_receive_on_main_thread_js,emscripten_resize_heap:_emscripten_resize_heap,emscripten_unwind_to_js_event_loop:_emscripten_unwind_to_js_event_loop,exit:J,fd_close:_fd_close,fd_seek:_fd_seek,fd_write:_fd_write,memory:N||n["wasmMemory"]};createWasm();n["___wasm_call_ctors"]=function(){return(n["___wasm_call_ctors"]=n["asm"]["__wasm_call_ctors"]).apply(null,arguments)};n["_init"]=function(){return(n["_init"]=n["asm"]["init"]).apply(null,arguments)};n["_init_with_threads_count"]=function(){return(n["_init_with_threads_count"]=n["asm"]["init_with_threads_count"]).apply(null,arguments)};n["_get_threads_count"]=function(){return(n["_get_threads_count"]=n["asm"]["get_threads_count"]).apply(null,arguments)};n["_register_tensor"]=function(){return(n["_register_tensor"]=n["asm"]["register_tensor"]).apply(null,arguments)};n["_dispose_data"]=function(){return(n["_dispose_data"]=n["asm"]["dispose_data"]).apply(null,arguments)};n["_dispose"]=function(){return(n["_dispose"]=n["asm"]["dispose"]).apply(null,arguments)};n["_Abs"]=function(){return(n["_Abs"]=n["asm"]["Abs"]).apply(null,arguments)};n["_Acos"]=function(){return(n["_Acos"]=n["asm"]["Acos"]).apply(null,arguments)};n["_Acosh"]=function(){return(n["_Acosh"]=n["asm"]["Acosh"]).apply(null,arguments)};n["_Add"]=function(){return(n["_Add"]=n["asm"]["Add"]).apply(null,arguments)};n["_AddN"]=function(){return(n["_AddN"]=n["asm"]["AddN"]).apply(null,arguments)};n["_All"]=function(){return(n["_All"]=n["asm"]["All"]).apply(null,arguments)};n["_Any"]=function(){return(n["_Any"]=n["asm"]["Any"]).apply(null,arguments)};n["_ArgMax"]=function(){return(n["_ArgMax"]=n["asm"]["ArgMax"]).apply(null,arguments)};n["_ArgMin"]=function(){return(n["_ArgMin"]=n["asm"]["ArgMin"]).apply(null,arguments)};n["_Asin"]=function(){return(n["_Asin"]=n["asm"]["Asin"]).apply(null,arguments)};n["_Asinh"]=function(){return(n["_Asinh"]=n["asm"]["Asinh"]).apply(null,arguments)};n["_Atan"]=function(){return(n["_Atan"]=n["asm"]["Atan"]).apply(null,arguments)};n["_Atan2"]=function(){return(n["_Atan2"]=n["asm"]["Atan2"]).apply(null,arguments)};n["_Atanh"]=function(){return(n["_Atanh"]=n["asm"]["Atanh"]).apply(null,arguments)};n["_AvgPool"]=function(){return(n["_AvgPool"]=n["asm"]["AvgPool"]).apply(null,arguments)};n["_AvgPool3D"]=function(){return(n["_AvgPool3D"]=n["asm"]["AvgPool3D"]).apply(null,arguments)};n["_AvgPool3DGrad"]=function(){return(n["_AvgPool3DGrad"]=n["asm"]["AvgPool3DGrad"]).apply(null,arguments)};n["_AvgPoolGrad"]=function(){return(n["_AvgPoolGrad"]=n["asm"]["AvgPoolGrad"]).apply(null,arguments)};n["_BatchMatMul"]=function(){return(n["_BatchMatMul"]=n["asm"]["BatchMatMul"]).apply(null,arguments)};n["_Bincount"]=function(){return(n["_Bincount"]=n["asm"]["Bincount"]).apply(null,arguments)};n["_BitwiseAnd"]=function(){return(n["_BitwiseAnd"]=n["asm"]["BitwiseAnd"]).apply(null,arguments)};n["_Ceil"]=function(){return(n["_Ceil"]=n["asm"]["Ceil"]).apply(null,arguments)};n["_ClipByValue"]=function(){return(n["_ClipByValue"]=n["asm"]["ClipByValue"]).apply(null,arguments)};n["_Conv2D"]=function(){return(n["_Conv2D"]=n["asm"]["Conv2D"]).apply(null,arguments)};n["_Conv2DBackpropInput"]=function(){return(n["_Conv2DBackpropInput"]=n["asm"]["Conv2DBackpropInput"]).apply(null,arguments)};n["_Conv3D"]=function(){return(n["_Conv3D"]=n["asm"]["Conv3D"]).apply(null,arguments)};n["_Conv3DBackpropFilterV2"]=function(){return(n["_Conv3DBackpropFilterV2"]=n["asm"]["Conv3DBackpropFilterV2"]).apply(null,arguments)};n["_Conv3DBackpropInputV2"]=function(){return(n["_Conv3DBackpropInputV2"]=n["asm"]["Conv3DBackpropInputV2"]).apply(null,arguments)};n["_Cos"]=function(){return(n["_Cos"]=n["asm"]["Cos"]).apply(null,arguments)};n["_Cosh"]=function(){return(n["_Cosh"]=n["asm"]["Cosh"]).apply(null,arguments)};n["_CropAndResize"]=function(){return(n["_CropAndResize"]=n["asm"]["CropAndResize"]).apply(null,arguments)};n["_Cumprod"]=function(){return(n["_Cumprod"]=n["asm"]["Cumprod"]).apply(null,arguments)};n["_Cumsum"]=function(){return(n["_Cumsum"]=n["asm"]["Cumsum"]).apply(null,arguments)};n["_DenseBincount"]=function(){return(n["_DenseBincount"]=n["asm"]["DenseBincount"]).apply(null,arguments)};n["_DepthToSpace"]=function(){return(n["_DepthToSpace"]=n["asm"]["DepthToSpace"]).apply(null,arguments)};n["_DepthwiseConv2dNative"]=function(){return(n["_DepthwiseConv2dNative"]=n["asm"]["DepthwiseConv2dNative"]).apply(null,arguments)};n["_Diag"]=function(){return(n["_Diag"]=n["asm"]["Diag"]).apply(null,arguments)};n["_Dilation2D"]=function(){return(n["_Dilation2D"]=n["asm"]["Dilation2D"]).apply(null,arguments)};n["_Dilation2DBackpropFilter"]=function(){return(n["_Dilation2DBackpropFilter"]=n["asm"]["Dilation2DBackpropFilter"]).apply(null,arguments)};n["_Dilation2DBackpropInput"]=function(){return(n["_Dilation2DBackpropInput"]=n["asm"]["Dilation2DBackpropInput"]).apply(null,arguments)};n["_Elu"]=function(){return(n["_Elu"]=n["asm"]["Elu"]).apply(null,arguments)};n["_EluGrad"]=function(){return(n["_EluGrad"]=n["asm"]["EluGrad"]).apply(null,arguments)};n["_Equal"]=function(){return(n["_Equal"]=n["asm"]["Equal"]).apply(null,arguments)};n["_Erf"]=function(){return(n["_Erf"]=n["asm"]["Erf"]).apply(null,arguments)};n["_Exp"]=function(){return(n["_Exp"]=n["asm"]["Exp"]).apply(null,arguments)};n["_Expm1"]=function(){return(n["_Expm1"]=n["asm"]["Expm1"]).apply(null,arguments)};n["_FlipLeftRight"]=function(){return(n["_FlipLeftRight"]=n["asm"]["FlipLeftRight"]).apply(null,arguments)};n["_Floor"]=function(){return(n["_Floor"]=n["asm"]["Floor"]).apply(null,arguments)};n["_FloorDiv"]=function(){return(n["_FloorDiv"]=n["asm"]["FloorDiv"]).apply(null,arguments)};n["_FusedBatchNorm"]=function(){return(n["_FusedBatchNorm"]=n["asm"]["FusedBatchNorm"]).apply(null,arguments)};n["_FusedConv2D"]=function(){return(n["_FusedConv2D"]=n["asm"]["FusedConv2D"]).apply(null,arguments)};n["_FusedDepthwiseConv2D"]=function(){return(n["_FusedDepthwiseConv2D"]=n["asm"]["FusedDepthwiseConv2D"]).apply(null,arguments)};n["_Gather"]=function(){return(n["_Gather"]=n["asm"]["Gather"]).apply(null,arguments)};n["_GatherNd"]=function(){return(n["_GatherNd"]=n["asm"]["GatherNd"]).apply(null,arguments)};n["_Greater"]=function(){return(n["_Greater"]=n["asm"]["Greater"]).apply(null,arguments)};n["_GreaterEqual"]=function(){return(n["_GreaterEqual"]=n["asm"]["GreaterEqual"]).apply(null,arguments)};n["_IsFinite"]=function(){return(n["_IsFinite"]=n["asm"]["IsFinite"]).apply(null,arguments)};n["_IsInf"]=function(){return(n["_IsInf"]=n["asm"]["IsInf"]).apply(null,arguments)};n["_IsNan"]=function(){return(n["_IsNan"]=n["asm"]["IsNan"]).apply(null,arguments)};n["_LRN"]=function(){return(n["_LRN"]=n["asm"]["LRN"]).apply(null,arguments)};n["_LRNGrad"]=function(){return(n["_LRNGrad"]=n["asm"]["LRNGrad"]).apply(null,arguments)};n["_LeakyRelu"]=function(){return(n["_LeakyRelu"]=n["asm"]["LeakyRelu"]).apply(null,arguments)};n["_Less"]=function(){return(n["_Less"]=n["asm"]["Less"]).apply(null,arguments)};n["_LessEqual"]=function(){return(n["_LessEqual"]=n["asm"]["LessEqual"]).apply(null,arguments)};n["_LinSpace"]=function(){return(n["_LinSpace"]=n["asm"]["LinSpace"]).apply(null,arguments)};n["_Log"]=function(){return(n["_Log"]=n["asm"]["Log"]).apply(null,arguments)};n["_Log1p"]=function(){return(n["_Log1p"]=n["asm"]["Log1p"]).apply(null,arguments)};n["_LogicalAnd"]=function(){return(n["_LogicalAnd"]=n["asm"]["LogicalAnd"]).apply(null,arguments)};n["_LogicalNot"]=function(){return(n["_LogicalNot"]=n["asm"]["LogicalNot"]).apply(null,arguments)};n["_LogicalOr"]=function(){return(n["_LogicalOr"]=n["asm"]["LogicalOr"]).apply(null,arguments)};n["_LogicalXor"]=function(){return(n["_LogicalXor"]=n["asm"]["LogicalXor"]).apply(null,arguments)};n["_Max"]=function(){return(n["_Max"]=n["asm"]["Max"]).apply(null,arguments)};n["_MaxPool"]=function(){return(n["_MaxPool"]=n["asm"]["MaxPool"]).apply(null,arguments)};n["_MaxPool3D"]=function(){return(n["_MaxPool3D"]=n["asm"]["MaxPool3D"]).apply(null,arguments)};n["_MaxPool3DGrad"]=function(){return(n["_MaxPool3DGrad"]=n["asm"]["MaxPool3DGrad"]).apply(null,arguments)};n["_MaxPoolGrad"]=function(){return(n["_MaxPoolGrad"]=n["asm"]["MaxPoolGrad"]).apply(null,arguments)};n["_MaxPoolWithArgmax"]=function(){return(n["_MaxPoolWithArgmax"]=n["asm"]["MaxPoolWithArgmax"]).apply(null,arguments)};n["_Maximum"]=function(){return(n["_Maximum"]=n["asm"]["Maximum"]).apply(null,arguments)};n["_Mean"]=function(){return(n["_Mean"]=n["asm"]["Mean"]).apply(null,arguments)};n["_Min"]=function(){return(n["_Min"]=n["asm"]["Min"]).apply(null,arguments)};n["_Minimum"]=function(){return(n["_Minimum"]=n["asm"]["Minimum"]).apply(null,arguments)};n["_MirrorPad"]=function(){return(n["_MirrorPad"]=n["asm"]["MirrorPad"]).apply(null,arguments)};n["_Mod"]=function(){return(n["_Mod"]=n["asm"]["Mod"]).apply(null,arguments)};n["_Multinomial"]=function(){return(n["_Multinomial"]=n["asm"]["Multinomial"]).apply(null,arguments)};n["_Multiply"]=function(){return(n["_Multiply"]=n["asm"]["Multiply"]).apply(null,arguments)};n["_Neg"]=function(){return(n["_Neg"]=n["asm"]["Neg"]).apply(null,arguments)};n["_NonMaxSuppressionV3"]=function(){return(n["_NonMaxSuppressionV3"]=n["asm"]["NonMaxSuppressionV3"]).apply(null,arguments)};n["_NonMaxSuppressionV4"]=function(){return(n["_NonMaxSuppressionV4"]=n["asm"]["NonMaxSuppressionV4"]).apply(null,arguments)};n["_NonMaxSuppressionV5"]=function(){return(n["_NonMaxSuppressionV5"]=n["asm"]["NonMaxSuppressionV5"]).apply(null,arguments)};n["_NotEqual"]=function(){return(n["_NotEqual"]=n["asm"]["NotEqual"]).apply(null,arguments)};n["_OneHot"]=function(){return(n["_OneHot"]=n["asm"]["OneHot"]).apply(null,arguments)};n["_PadV2"]=function(){return(n["_PadV2"]=n["asm"]["PadV2"]).apply(null,arguments)};n["_Pow"]=function(){return(n["_Pow"]=n["asm"]["Pow"]).apply(null,arguments)};n["_Prelu"]=function(){return(n["_Prelu"]=n["asm"]["Prelu"]).apply(null,arguments)};n["_Prod"]=function(){return(n["_Prod"]=n["asm"]["Prod"]).apply(null,arguments)};n["_RealDiv"]=function(){return(n["_RealDiv"]=n["asm"]["RealDiv"]).apply(null,arguments)};n["_Reciprocal"]=function(){return(n["_Reciprocal"]=n["asm"]["Reciprocal"]).apply(null,arguments)};n["_Relu"]=function(){return(n["_Relu"]=n["asm"]["Relu"]).apply(null,arguments)};n["_Relu6"]=function(){return(n["_Relu6"]=n["asm"]["Relu6"]).apply(null,arguments)};n["_ResizeBilinear"]=function(){return(n["_ResizeBilinear"]=n["asm"]["ResizeBilinear"]).apply(null,arguments)};n["_ResizeBilinearGrad"]=function(){return(n["_ResizeBilinearGrad"]=n["asm"]["ResizeBilinearGrad"]).apply(null,arguments)};n["_ResizeNearestNeighbor"]=function(){return(n["_ResizeNearestNeighbor"]=n["asm"]["ResizeNearestNeighbor"]).apply(null,arguments)};n["_ResizeNearestNeighborGrad"]=function(){return(n["_ResizeNearestNeighborGrad"]=n["asm"]["ResizeNearestNeighborGrad"]).apply(null,arguments)};n["_Reverse"]=function(){return(n["_Reverse"]=n["asm"]["Reverse"]).apply(null,arguments)};n["_RotateWithOffset"]=function(){return(n["_RotateWithOffset"]=n["asm"]["RotateWithOffset"]).apply(null,arguments)};n["_Round"]=function(){return(n["_Round"]=n["asm"]["Round"]).apply(null,arguments)};n["_Rsqrt"]=function(){return(n["_Rsqrt"]=n["asm"]["Rsqrt"]).apply(null,arguments)};n["_ScatterNd"]=function(){return(n["_ScatterNd"]=n["asm"]["ScatterNd"]).apply(null,arguments)};n["_SearchSorted"]=function(){return(n["_SearchSorted"]=n["asm"]["SearchSorted"]).apply(null,arguments)};n["_SelectV2"]=function(){return(n["_SelectV2"]=n["asm"]["SelectV2"]).apply(null,arguments)};n["_Selu"]=function(){return(n["_Selu"]=n["asm"]["Selu"]).apply(null,arguments)};n["_Sigmoid"]=function(){return(n["_Sigmoid"]=n["asm"]["Sigmoid"]).apply(null,arguments)};n["_Sign"]=function(){return(n["_Sign"]=n["asm"]["Sign"]).apply(null,arguments)};n["_Sin"]=function(){return(n["_Sin"]=n["asm"]["Sin"]).apply(null,arguments)};n["_Sinh"]=function(){return(n["_Sinh"]=n["asm"]["Sinh"]).apply(null,arguments)};n["_Softmax"]=function(){return(n["_Softmax"]=n["asm"]["Softmax"]).apply(null,arguments)};n["_Softplus"]=function(){return(n["_Softplus"]=n["asm"]["Softplus"]).apply(null,arguments)};n["_SparseFillEmptyRows"]=function(){return(n["_SparseFillEmptyRows"]=n["asm"]["SparseFillEmptyRows"]).apply(null,arguments)};n["_SparseReshape"]=function(){return(n["_SparseReshape"]=n["asm"]["SparseReshape"]).apply(null,arguments)};n["_SparseSegmentReduction"]=function(){return(n["_SparseSegmentReduction"]=n["asm"]["SparseSegmentReduction"]).apply(null,arguments)};n["_SparseToDense"]=function(){return(n["_SparseToDense"]=n["asm"]["SparseToDense"]).apply(null,arguments)};n["_Sqrt"]=function(){return(n["_Sqrt"]=n["asm"]["Sqrt"]).apply(null,arguments)};n["_Square"]=function(){return(n["_Square"]=n["asm"]["Square"]).apply(null,arguments)};n["_SquaredDifference"]=function(){return(n["_SquaredDifference"]=n["asm"]["SquaredDifference"]).apply(null,arguments)};n["_Step"]=function(){return(n["_Step"]=n["asm"]["Step"]).apply(null,arguments)};n["_StridedSlice"]=function(){return(n["_StridedSlice"]=n["asm"]["StridedSlice"]).apply(null,arguments)};n["_Sub"]=function(){return(n["_Sub"]=n["asm"]["Sub"]).apply(null,arguments)};n["_Sum"]=function(){return(n["_Sum"]=n["asm"]["Sum"]).apply(null,arguments)};n["_Tan"]=function(){return(n["_Tan"]=n["asm"]["Tan"]).apply(null,arguments)};n["_Tanh"]=function(){return(n["_Tanh"]=n["asm"]["Tanh"]).apply(null,arguments)};n["_TensorScatterUpdate"]=function(){return(n["_TensorScatterUpdate"]=n["asm"]["TensorScatterUpdate"]).apply(null,arguments)};n["_Tile"]=function(){return(n["_Tile"]=n["asm"]["Tile"]).apply(null,arguments)};n["_TopK"]=function(){return(n["_TopK"]=n["asm"]["TopK"]).apply(null,arguments)};n["_Transform"]=function(){return(n["_Transform"]=n["asm"]["Transform"]).apply(null,arguments)};n["_Transpose"]=function(){return(n["_Transpose"]=n["asm"]["Transpose"]).apply(null,arguments)};n["__FusedMatMul"]=function(){return(n["__FusedMatMul"]=n["asm"]["_FusedMatMul"]).apply(null,arguments)};n["_malloc"]=function(){return(n["_malloc"]=n["asm"]["malloc"]).apply(null,arguments)};n["_free"]=function(){return(n["_free"]=n["asm"]["free"]).apply(null,arguments)};n["__emscripten_tls_init"]=function(){return(n["__emscripten_tls_init"]=n["asm"]["_emscripten_tls_init"]).apply(null,arguments)};var ie=n["_pthread_self"]=function(){return(ie=n["_pthread_self"]=n["asm"]["pthread_self"]).apply(null,arguments)};n["___errno_location"]=function(){return(n["___errno_location"]=n["asm"]["__errno_location"]).apply(null,arguments)};var se=n["__emscripten_thread_init"]=function(){return(se=n["__emscripten_thread_init"]=n["asm"]["_emscripten_thread_init"]).apply(null,arguments)};n["__emscripten_thread_crashed"]=function(){return(n["__emscripten_thread_crashed"]=n["asm"]["_emscripten_thread_crashed"]).apply(null,arguments)};n["_emscripten_main_thread_process_queued_calls"]=function(){return(n["_emscripten_main_thread_process_queued_calls"]=n["asm"]["emscripten_main_thread_process_queued_calls"]).apply(null,arguments)};n["_emscripten_main_browser_thread_id"]=function(){return(n["_emscripten_main_browser_thread_id"]=n["asm"]["emscripten_main_browser_thread_id"]).apply(null,arguments)};var oe=n["_emscripten_run_in_main_runtime_thread_js"]=function(){return(oe=n["_emscripten_run_in_main_runtime_thread_js"]=n["asm"]["emscripten_run_in_main_runtime_thread_js"]).apply(null,arguments)};n["_emscripten_dispatch_to_thread_"]=function(){return(n["_emscripten_dispatch_to_thread_"]=n["asm"]["emscripten_dispatch_to_thread_"]).apply(null,arguments)};var de=n["__emscripten_proxy_execute_task_queue"]=function(){return(de=n["__emscripten_proxy_execute_task_queue"]=n["asm"]["_emscripten_proxy_execute_task_queue"]).apply(null,arguments)};var pe=n["__emscripten_thread_free_data"]=function(){return(pe=n["__emscripten_thread_free_data"]=n["asm"]["_emscripten_thread_free_data"]).apply(null,arguments)};var le=n["__emscripten_thread_exit"]=function(){return(le=n["__emscripten_thread_exit"]=n["asm"]["_emscripten_thread_exit"]).apply(null,arguments)};var ce=n["_emscripten_stack_set_limits"]=function(){return(ce=n["_emscripten_stack_set_limits"]=n["asm"]["emscripten_stack_set_limits"]).apply(null,arguments)};var me=n["stackSave"]=function(){return(me=n["stackSave"]=n["asm"]["stackSave"]).apply(null,arguments)};var fe=n["stackRestore"]=function(){return(fe=n["stackRestore"]=n["asm"]["stackRestore"]).apply(null,arguments)};var ve=n["stackAlloc"]=function(){return(ve=n["stackAlloc"]=n["asm"]["stackAlloc"]).apply(null,arguments)};n["dynCall_iijjiiii"]=function(){return(n["dynCall_iijjiiii"]=n["asm"]["dynCall_iijjiiii"]).apply(null,arguments)};n["dynCall_jiji"]=function(){return(n["dynCall_jiji"]=n["asm"]["dynCall_jiji"]).apply(null,arguments)};n["keepRuntimeAlive"]=keepRuntimeAlive;n["wasmMemory"]=N;n["cwrap"]=cwrap;n["ExitStatus"]=ExitStatus;n["PThread"]=Z;var he;q=function runCaller(){if(!he)run();if(!he)q=runCaller};function run(e){if(V>0){return}if(h){d(n);initRuntime();startWorker(n);return}preRun();if(V>0){return}function doRun(){if(he)return;he=true;n["calledRun"]=true;if(C)return;initRuntime();d(n);if(n["onRuntimeInitialized"])n["onRuntimeInitialized"]();postRun()}if(n["setStatus"]){n["setStatus"]("Running...");setTimeout(function(){setTimeout(function(){n["setStatus"]("")},1);doRun()},1)}else{doRun()}}if(n["preInit"]){if(typeof n["preInit"]=="function")n["preInit"]=[n["preInit"]];while(n["preInit"].length>0){n["preInit"].pop()()}}run();var be;if(l){be={uncaughtException:process.listeners("uncaughtException").filter(function(e){return!l.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners("unhandledRejection").filter(function(e){return!l.unhandledRejection.indexOf(e)>-1})}}var _e;if(typeof WasmBackendModule!=="undefined"){_e=WasmBackendModule}else if(typeof r!=="undefined"){_e=r}else{throw new Error("Could not find wasm module in post.js")}if(be){var ye=_e["_dispose"];_e["_dispose"]=function(){ye();be.uncaughtException.forEach(function(e){process.removeListener("uncaughtException",e)});be.unhandledRejection.forEach(function(e){process.removeListener("unhandledRejection",e)})}}return r.ready}}();e.exports=n})(Qt);var Xt=Qt.exports;var Jt=getDefaultExportFromCjs(Xt);var Zt=_mergeNamespaces({__proto__:null,default:Jt},[Xt]);var Yt='"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"\n");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};';var en={exports:{}};(function(e,r){var t=function(){var e=typeof document!=="undefined"&&document.currentScript?document.currentScript.src:undefined;if(typeof __filename!=="undefined")e=e||__filename;return function(r){r=r||{};var t=typeof r!="undefined"?r:{};var n,s;t["ready"]=new Promise(function(e,a){n=e;s=a});var o;if(typeof process!=="undefined"&&process.listeners){o={uncaughtException:process.listeners("uncaughtException"),unhandledRejection:process.listeners("unhandledRejection")}}var d=Object.assign({},t);var p=typeof window=="object";var l=typeof importScripts=="function";var c=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";var m="";function locateFile(e){if(t["locateFile"]){return t["locateFile"](e,m)}return m+e}var f,v,h;if(c){var b=u;var _=i;if(l){m=_.dirname(m)+"/"}else{m=a+"/"}f=function(e,a){e=isFileURI(e)?new URL(e):_.normalize(e);return b.readFileSync(e,a?undefined:"utf8")};h=function(e){var a=f(e,true);if(!a.buffer){a=new Uint8Array(a)}return a};v=function(e,a,r){e=isFileURI(e)?new URL(e):_.normalize(e);b.readFile(e,function(e,t){if(e)r(e);else a(t.buffer)})};if(process["argv"].length>1){process["argv"][1].replace(/\\/g,"/")}process["argv"].slice(2);process["on"]("uncaughtException",function(e){if(!(e instanceof ExitStatus)){throw e}});process["on"]("unhandledRejection",function(e){throw e});t["inspect"]=function(){return"[Emscripten Module object]"}}else if(p||l){if(l){m=self.location.href}else if(typeof document!="undefined"&&document.currentScript){m=document.currentScript.src}if(e){m=e}if(m.indexOf("blob:")!==0){m=m.substr(0,m.replace(/[?#].*/,"").lastIndexOf("/")+1)}else{m=""}{f=function(e){var a=new XMLHttpRequest;a.open("GET",e,false);a.send(null);return a.responseText};if(l){h=function(e){var a=new XMLHttpRequest;a.open("GET",e,false);a.responseType="arraybuffer";a.send(null);return new Uint8Array(a.response)}}v=function(e,a,r){var t=new XMLHttpRequest;t.open("GET",e,true);t.responseType="arraybuffer";t.onload=function(){if(t.status==200||t.status==0&&t.response){a(t.response);return}r()};t.onerror=r;t.send(null)}}}else;var y=t["print"]||console.log.bind(console);var g=t["printErr"]||console.warn.bind(console);Object.assign(t,d);d=null;if(t["arguments"])t["arguments"];if(t["thisProgram"])t["thisProgram"];if(t["quit"])t["quit"];var k;if(t["wasmBinary"])k=t["wasmBinary"];t["noExitRuntime"]||true;if(typeof WebAssembly!="object"){abort("no native wasm support detected")}var I;var w=false;var S=typeof TextDecoder!="undefined"?new TextDecoder("utf8"):undefined;function UTF8ArrayToString(e,a,r){a>>>=0;var t=a+r;var n=a;while(e[n]&&!(n>=t))++n;if(n-a>16&&e.buffer&&S){return S.decode(e.subarray(a,n))}var u="";while(a<n){var i=e[a++];if(!(i&128)){u+=String.fromCharCode(i);continue}var s=e[a++]&63;if((i&224)==192){u+=String.fromCharCode((i&31)<<6|s);continue}var o=e[a++]&63;if((i&240)==224){i=(i&15)<<12|s<<6|o}else{i=(i&7)<<18|s<<12|o<<6|e[a++]&63}if(i<65536){u+=String.fromCharCode(i)}else{var d=i-65536;u+=String.fromCharCode(55296|d>>10,56320|d&1023)}}return u}function UTF8ToString(e,a){e>>>=0;return e?UTF8ArrayToString(x,e,a):""}function stringToUTF8Array(e,a,r,t){r>>>=0;if(!(t>0))return 0;var n=r;var u=r+t-1;for(var i=0;i<e.length;++i){var s=e.charCodeAt(i);if(s>=55296&&s<=57343){var o=e.charCodeAt(++i);s=65536+((s&1023)<<10)|o&1023}if(s<=127){if(r>=u)break;a[r++>>>0]=s}else if(s<=2047){if(r+1>=u)break;a[r++>>>0]=192|s>>6;a[r++>>>0]=128|s&63}else if(s<=65535){if(r+2>=u)break;a[r++>>>0]=224|s>>12;a[r++>>>0]=128|s>>6&63;a[r++>>>0]=128|s&63}else{if(r+3>=u)break;a[r++>>>0]=240|s>>18;a[r++>>>0]=128|s>>12&63;a[r++>>>0]=128|s>>6&63;a[r++>>>0]=128|s&63}}a[r>>>0]=0;return r-n}function stringToUTF8(e,a,r){return stringToUTF8Array(e,x,a,r)}var M,A,x,F;function updateGlobalBufferAndViews(e){M=e;t["HEAP8"]=A=new Int8Array(e);t["HEAP16"]=new Int16Array(e);t["HEAP32"]=new Int32Array(e);t["HEAPU8"]=x=new Uint8Array(e);t["HEAPU16"]=new Uint16Array(e);t["HEAPU32"]=F=new Uint32Array(e);t["HEAPF32"]=new Float32Array(e);t["HEAPF64"]=new Float64Array(e)}t["INITIAL_MEMORY"]||16777216;var D=[];var N=[];var R=[];function preRun(){if(t["preRun"]){if(typeof t["preRun"]=="function")t["preRun"]=[t["preRun"]];while(t["preRun"].length){addOnPreRun(t["preRun"].shift())}}callRuntimeCallbacks(D)}function initRuntime(){callRuntimeCallbacks(N)}function postRun(){if(t["postRun"]){if(typeof t["postRun"]=="function")t["postRun"]=[t["postRun"]];while(t["postRun"].length){addOnPostRun(t["postRun"].shift())}}callRuntimeCallbacks(R)}function addOnPreRun(e){D.unshift(e)}function addOnInit(e){N.unshift(e)}function addOnPostRun(e){R.unshift(e)}var C=0;var P=null;function addRunDependency(e){C++;if(t["monitorRunDependencies"]){t["monitorRunDependencies"](C)}}function removeRunDependency(e){C--;if(t["monitorRunDependencies"]){t["monitorRunDependencies"](C)}if(C==0){if(P){var a=P;P=null;a()}}}function abort(e){if(t["onAbort"]){t["onAbort"](e)}e="Aborted("+e+")";g(e);w=true;e+=". Build with -sASSERTIONS for more info.";var a=new WebAssembly.RuntimeError(e);s(a);throw a}var E="data:application/octet-stream;base64,";function isDataURI(e){return e.startsWith(E)}function isFileURI(e){return e.startsWith("file://")}var T;T="tfjs-backend-wasm.wasm";if(!isDataURI(T)){T=locateFile(T)}function getBinary(e){try{if(e==T&&k){return new Uint8Array(k)}if(h){return h(e)}throw"both async and sync fetching of the wasm failed"}catch(e){abort(e)}}function getBinaryPromise(){if(!k&&(p||l)){if(typeof fetch=="function"&&!isFileURI(T)){return fetch(T,{credentials:"same-origin"}).then(function(e){if(!e["ok"]){throw"failed to load wasm binary file at '"+T+"'"}return e["arrayBuffer"]()}).catch(function(){return getBinary(T)})}else{if(v){return new Promise(function(e,a){v(T,function(a){e(new Uint8Array(a))},a)})}}}return Promise.resolve().then(function(){return getBinary(T)})}function createWasm(){var e={env:O,wasi_snapshot_preview1:O};function receiveInstance(e,a){var r=e.exports;t["asm"]=r;I=t["asm"]["memory"];updateGlobalBufferAndViews(I.buffer);t["asm"]["__indirect_function_table"];addOnInit(t["asm"]["__wasm_call_ctors"]);removeRunDependency()}addRunDependency();function receiveInstantiationResult(e){receiveInstance(e["instance"])}function instantiateArrayBuffer(a){return getBinaryPromise().then(function(a){return WebAssembly.instantiate(a,e)}).then(function(e){return e}).then(a,function(e){g("failed to asynchronously prepare wasm: "+e);abort(e)})}function instantiateAsync(){if(!k&&typeof WebAssembly.instantiateStreaming=="function"&&!isDataURI(T)&&!isFileURI(T)&&!c&&typeof fetch=="function"){return fetch(T,{credentials:"same-origin"}).then(function(a){var r=WebAssembly.instantiateStreaming(a,e);return r.then(receiveInstantiationResult,function(e){g("wasm streaming compile failed: "+e);g("falling back to ArrayBuffer instantiation");return instantiateArrayBuffer(receiveInstantiationResult)})})}else{return instantiateArrayBuffer(receiveInstantiationResult)}}if(t["instantiateWasm"]){try{var a=t["instantiateWasm"](e,receiveInstance);return a}catch(e){g("Module.instantiateWasm callback failed with error: "+e);s(e)}}instantiateAsync().catch(s);return{}}function ExitStatus(e){this.name="ExitStatus";this.message="Program terminated with exit("+e+")";this.status=e}function callRuntimeCallbacks(e){while(e.length>0){e.shift()(t)}}function _abort(){abort("")}function getHeapMax(){return 4294901760}function _emscripten_get_heap_max(){return getHeapMax()}function _emscripten_memcpy_big(e,a,r){x.copyWithin(e>>>0,a>>>0,a+r>>>0)}function emscripten_realloc_buffer(e){try{I.grow(e-M.byteLength+65535>>>16);updateGlobalBufferAndViews(I.buffer);return 1}catch(e){}}function _emscripten_resize_heap(e){var a=x.length;e=e>>>0;var r=getHeapMax();if(e>r){return false}var alignUp=function(e,a){return e+(a-e%a)%a};for(var t=1;t<=4;t*=2){var n=a*(1+.2/t);n=Math.min(n,e+100663296);var u=Math.min(r,alignUp(Math.max(e,n),65536));var i=emscripten_realloc_buffer(u);if(i){return true}}return false}function _fd_close(e){return 52}function _fd_seek(e,a,r,t,n){return 70}var W=[null,[],[]];function printChar(e,a){var r=W[e];if(a===0||a===10){(e===1?y:g)(UTF8ArrayToString(r,0));r.length=0}else{r.push(a)}}function _fd_write(e,a,r,t){var n=0;for(var u=0;u<r;u++){var i=F[a>>>2];var s=F[a+4>>>2];a+=8;for(var o=0;o<s;o++){printChar(e,x[i+o>>>0])}n+=s}F[t>>>2]=n;return 0}function getCFunc(e){var a=t["_"+e];return a}function writeArrayToMemory(e,a){A.set(e,a>>>0)}function ccall(e,a,r,t,n){var u={string:function(e){var a=0;if(e!==null&&e!==undefined&&e!==0){var r=(e.length<<2)+1;a=z(r);stringToUTF8(e,a,r)}return a},array:function(e){var a=z(e.length);writeArrayToMemory(e,a);return a}};function convertReturnValue(e){if(a==="string"){return UTF8ToString(e)}if(a==="boolean")return Boolean(e);return e}var i=getCFunc(e);var s=[];var o=0;if(t){for(var d=0;d<t.length;d++){var p=u[r[d]];if(p){if(o===0)o=B();s[d]=p(t[d])}else{s[d]=t[d]}}}var l=i.apply(null,s);function onDone(e){if(o!==0)U(o);return convertReturnValue(e)}l=onDone(l);return l}function cwrap(e,a,r,t){r=r||[];var n=r.every(function(e){return e==="number"||e==="boolean"});var u=a!=="string";if(u&&n&&!t){return getCFunc(e)}return function(){return ccall(e,a,r,arguments)}}var O={abort:_abort,emscripten_get_heap_max:_emscripten_get_heap_max,emscripten_memcpy_big:_emscripten_memcpy_big,emscripten_resize_heap:_emscripten_resize_heap,fd_close:_fd_close,fd_seek:_fd_seek,fd_write:_fd_write};createWasm();t["___wasm_call_ctors"]=function(){return(t["___wasm_call_ctors"]=t["asm"]["__wasm_call_ctors"]).apply(null,arguments)};t["_init"]=function(){return(t["_init"]=t["asm"]["init"]).apply(null,arguments)};t["_init_with_threads_count"]=function(){return(t["_init_with_threads_count"]=t["asm"]["init_with_threads_count"]).apply(null,arguments)};t["_get_threads_count"]=function(){return(t["_get_threads_count"]=t["asm"]["get_threads_count"]).apply(null,arguments)};t["_register_tensor"]=function(){return(t["_register_tensor"]=t["asm"]["register_tensor"]).apply(null,arguments)};t["_dispose_data"]=function(){return(t["_dispose_data"]=t["asm"]["dispose_data"]).apply(null,arguments)};t["_dispose"]=function(){return(t["_dispose"]=t["asm"]["dispose"]).apply(null,arguments)};t["_Abs"]=function(){return(t["_Abs"]=t["asm"]["Abs"]).apply(null,arguments)};t["_Acos"]=function(){return(t["_Acos"]=t["asm"]["Acos"]).apply(null,arguments)};t["_Acosh"]=function(){return(t["_Acosh"]=t["asm"]["Acosh"]).apply(null,arguments)};t["_Add"]=function(){return(t["_Add"]=t["asm"]["Add"]).apply(null,arguments)};t["_AddN"]=function(){return(t["_AddN"]=t["asm"]["AddN"]).apply(null,arguments)};t["_All"]=function(){return(t["_All"]=t["asm"]["All"]).apply(null,arguments)};t["_Any"]=function(){return(t["_Any"]=t["asm"]["Any"]).apply(null,arguments)};t["_ArgMax"]=function(){return(t["_ArgMax"]=t["asm"]["ArgMax"]).apply(null,arguments)};t["_ArgMin"]=function(){return(t["_ArgMin"]=t["asm"]["ArgMin"]).apply(null,arguments)};t["_Asin"]=function(){return(t["_Asin"]=t["asm"]["Asin"]).apply(null,arguments)};t["_Asinh"]=function(){return(t["_Asinh"]=t["asm"]["Asinh"]).apply(null,arguments)};t["_Atan"]=function(){return(t["_Atan"]=t["asm"]["Atan"]).apply(null,arguments)};t["_Atan2"]=function(){return(t["_Atan2"]=t["asm"]["Atan2"]).apply(null,arguments)};t["_Atanh"]=function(){return(t["_Atanh"]=t["asm"]["Atanh"]).apply(null,arguments)};t["_AvgPool"]=function(){return(t["_AvgPool"]=t["asm"]["AvgPool"]).apply(null,arguments)};t["_AvgPool3D"]=function(){return(t["_AvgPool3D"]=t["asm"]["AvgPool3D"]).apply(null,arguments)};t["_AvgPool3DGrad"]=function(){return(t["_AvgPool3DGrad"]=t["asm"]["AvgPool3DGrad"]).apply(null,arguments)};t["_AvgPoolGrad"]=function(){return(t["_AvgPoolGrad"]=t["asm"]["AvgPoolGrad"]).apply(null,arguments)};t["_BatchMatMul"]=function(){return(t["_BatchMatMul"]=t["asm"]["BatchMatMul"]).apply(null,arguments)};t["_Bincount"]=function(){return(t["_Bincount"]=t["asm"]["Bincount"]).apply(null,arguments)};t["_BitwiseAnd"]=function(){return(t["_BitwiseAnd"]=t["asm"]["BitwiseAnd"]).apply(null,arguments)};t["_Ceil"]=function(){return(t["_Ceil"]=t["asm"]["Ceil"]).apply(null,arguments)};t["_ClipByValue"]=function(){return(t["_ClipByValue"]=t["asm"]["ClipByValue"]).apply(null,arguments)};t["_Conv2D"]=function(){return(t["_Conv2D"]=t["asm"]["Conv2D"]).apply(null,arguments)};t["_Conv2DBackpropInput"]=function(){return(t["_Conv2DBackpropInput"]=t["asm"]["Conv2DBackpropInput"]).apply(null,arguments)};t["_Conv3D"]=function(){return(t["_Conv3D"]=t["asm"]["Conv3D"]).apply(null,arguments)};t["_Conv3DBackpropFilterV2"]=function(){return(t["_Conv3DBackpropFilterV2"]=t["asm"]["Conv3DBackpropFilterV2"]).apply(null,arguments)};t["_Conv3DBackpropInputV2"]=function(){return(t["_Conv3DBackpropInputV2"]=t["asm"]["Conv3DBackpropInputV2"]).apply(null,arguments)};t["_Cos"]=function(){return(t["_Cos"]=t["asm"]["Cos"]).apply(null,arguments)};t["_Cosh"]=function(){return(t["_Cosh"]=t["asm"]["Cosh"]).apply(null,arguments)};t["_CropAndResize"]=function(){return(t["_CropAndResize"]=t["asm"]["CropAndResize"]).apply(null,arguments)};t["_Cumprod"]=function(){return(t["_Cumprod"]=t["asm"]["Cumprod"]).apply(null,arguments)};t["_Cumsum"]=function(){return(t["_Cumsum"]=t["asm"]["Cumsum"]).apply(null,arguments)};t["_DenseBincount"]=function(){return(t["_DenseBincount"]=t["asm"]["DenseBincount"]).apply(null,arguments)};t["_DepthToSpace"]=function(){return(t["_DepthToSpace"]=t["asm"]["DepthToSpace"]).apply(null,arguments)};t["_DepthwiseConv2dNative"]=function(){return(t["_DepthwiseConv2dNative"]=t["asm"]["DepthwiseConv2dNative"]).apply(null,arguments)};t["_Diag"]=function(){return(t["_Diag"]=t["asm"]["Diag"]).apply(null,arguments)};t["_Dilation2D"]=function(){return(t["_Dilation2D"]=t["asm"]["Dilation2D"]).apply(null,arguments)};t["_Dilation2DBackpropFilter"]=function(){return(t["_Dilation2DBackpropFilter"]=t["asm"]["Dilation2DBackpropFilter"]).apply(null,arguments)};t["_Dilation2DBackpropInput"]=function(){return(t["_Dilation2DBackpropInput"]=t["asm"]["Dilation2DBackpropInput"]).apply(null,arguments)};t["_Elu"]=function(){return(t["_Elu"]=t["asm"]["Elu"]).apply(null,arguments)};t["_EluGrad"]=function(){return(t["_EluGrad"]=t["asm"]["EluGrad"]).apply(null,arguments)};t["_Equal"]=function(){return(t["_Equal"]=t["asm"]["Equal"]).apply(null,arguments)};t["_Erf"]=function(){return(t["_Erf"]=t["asm"]["Erf"]).apply(null,arguments)};t["_Exp"]=function(){return(t["_Exp"]=t["asm"]["Exp"]).apply(null,arguments)};t["_Expm1"]=function(){return(t["_Expm1"]=t["asm"]["Expm1"]).apply(null,arguments)};t["_FlipLeftRight"]=function(){return(t["_FlipLeftRight"]=t["asm"]["FlipLeftRight"]).apply(null,arguments)};t["_Floor"]=function(){return(t["_Floor"]=t["asm"]["Floor"]).apply(null,arguments)};t["_FloorDiv"]=function(){return(t["_FloorDiv"]=t["asm"]["FloorDiv"]).apply(null,arguments)};t["_FusedBatchNorm"]=function(){return(t["_FusedBatchNorm"]=t["asm"]["FusedBatchNorm"]).apply(null,arguments)};t["_FusedConv2D"]=function(){return(t["_FusedConv2D"]=t["asm"]["FusedConv2D"]).apply(null,arguments)};t["_FusedDepthwiseConv2D"]=function(){return(t["_FusedDepthwiseConv2D"]=t["asm"]["FusedDepthwiseConv2D"]).apply(null,arguments)};t["_Gather"]=function(){return(t["_Gather"]=t["asm"]["Gather"]).apply(null,arguments)};t["_GatherNd"]=function(){return(t["_GatherNd"]=t["asm"]["GatherNd"]).apply(null,arguments)};t["_Greater"]=function(){return(t["_Greater"]=t["asm"]["Greater"]).apply(null,arguments)};t["_GreaterEqual"]=function(){return(t["_GreaterEqual"]=t["asm"]["GreaterEqual"]).apply(null,arguments)};t["_IsFinite"]=function(){return(t["_IsFinite"]=t["asm"]["IsFinite"]).apply(null,arguments)};t["_IsInf"]=function(){return(t["_IsInf"]=t["asm"]["IsInf"]).apply(null,arguments)};t["_IsNan"]=function(){return(t["_IsNan"]=t["asm"]["IsNan"]).apply(null,arguments)};t["_LRN"]=function(){return(t["_LRN"]=t["asm"]["LRN"]).apply(null,arguments)};t["_LRNGrad"]=function(){return(t["_LRNGrad"]=t["asm"]["LRNGrad"]).apply(null,arguments)};t["_LeakyRelu"]=function(){return(t["_LeakyRelu"]=t["asm"]["LeakyRelu"]).apply(null,arguments)};t["_Less"]=function(){return(t["_Less"]=t["asm"]["Less"]).apply(null,arguments)};t["_LessEqual"]=function(){return(t["_LessEqual"]=t["asm"]["LessEqual"]).apply(null,arguments)};t["_LinSpace"]=function(){return(t["_LinSpace"]=t["asm"]["LinSpace"]).apply(null,arguments)};t["_Log"]=function(){return(t["_Log"]=t["asm"]["Log"]).apply(null,arguments)};t["_Log1p"]=function(){return(t["_Log1p"]=t["asm"]["Log1p"]).apply(null,arguments)};t["_LogicalAnd"]=function(){return(t["_LogicalAnd"]=t["asm"]["LogicalAnd"]).apply(null,arguments)};t["_LogicalNot"]=function(){return(t["_LogicalNot"]=t["asm"]["LogicalNot"]).apply(null,arguments)};t["_LogicalOr"]=function(){return(t["_LogicalOr"]=t["asm"]["LogicalOr"]).apply(null,arguments)};t["_LogicalXor"]=function(){return(t["_LogicalXor"]=t["asm"]["LogicalXor"]).apply(null,arguments)};t["_Max"]=function(){return(t["_Max"]=t["asm"]["Max"]).apply(null,arguments)};t["_MaxPool"]=function(){return(t["_MaxPool"]=t["asm"]["MaxPool"]).apply(null,arguments)};t["_MaxPool3D"]=function(){return(t["_MaxPool3D"]=t["asm"]["MaxPool3D"]).apply(null,arguments)};t["_MaxPool3DGrad"]=function(){return(t["_MaxPool3DGrad"]=t["asm"]["MaxPool3DGrad"]).apply(null,arguments)};t["_MaxPoolGrad"]=function(){return(t["_MaxPoolGrad"]=t["asm"]["MaxPoolGrad"]).apply(null,arguments)};t["_MaxPoolWithArgmax"]=function(){return(t["_MaxPoolWithArgmax"]=t["asm"]["MaxPoolWithArgmax"]).apply(null,arguments)};t["_Maximum"]=function(){return(t["_Maximum"]=t["asm"]["Maximum"]).apply(null,arguments)};t["_Mean"]=function(){return(t["_Mean"]=t["asm"]["Mean"]).apply(null,arguments)};t["_Min"]=function(){return(t["_Min"]=t["asm"]["Min"]).apply(null,arguments)};t["_Minimum"]=function(){return(t["_Minimum"]=t["asm"]["Minimum"]).apply(null,arguments)};t["_MirrorPad"]=function(){return(t["_MirrorPad"]=t["asm"]["MirrorPad"]).apply(null,arguments)};t["_Mod"]=function(){return(t["_Mod"]=t["asm"]["Mod"]).apply(null,arguments)};t["_Multinomial"]=function(){return(t["_Multinomial"]=t["asm"]["Multinomial"]).apply(null,arguments)};t["_Multiply"]=function(){return(t["_Multiply"]=t["asm"]["Multiply"]).apply(null,arguments)};t["_Neg"]=function(){return(t["_Neg"]=t["asm"]["Neg"]).apply(null,arguments)};t["_NonMaxSuppressionV3"]=function(){return(t["_NonMaxSuppressionV3"]=t["asm"]["NonMaxSuppressionV3"]).apply(null,arguments)};t["_NonMaxSuppressionV4"]=function(){return(t["_NonMaxSuppressionV4"]=t["asm"]["NonMaxSuppressionV4"]).apply(null,arguments)};t["_NonMaxSuppressionV5"]=function(){return(t["_NonMaxSuppressionV5"]=t["asm"]["NonMaxSuppressionV5"]).apply(null,arguments)};t["_NotEqual"]=function(){return(t["_NotEqual"]=t["asm"]["NotEqual"]).apply(null,arguments)};t["_OneHot"]=function(){return(t["_OneHot"]=t["asm"]["OneHot"]).apply(null,arguments)};t["_PadV2"]=function(){return(t["_PadV2"]=t["asm"]["PadV2"]).apply(null,arguments)};t["_Pow"]=function(){return(t["_Pow"]=t["asm"]["Pow"]).apply(null,arguments)};t["_Prelu"]=function(){return(t["_Prelu"]=t["asm"]["Prelu"]).apply(null,arguments)};t["_Prod"]=function(){return(t["_Prod"]=t["asm"]["Prod"]).apply(null,arguments)};t["_RealDiv"]=function(){return(t["_RealDiv"]=t["asm"]["RealDiv"]).apply(null,arguments)};t["_Reciprocal"]=function(){return(t["_Reciprocal"]=t["asm"]["Reciprocal"]).apply(null,arguments)};t["_Relu"]=function(){return(t["_Relu"]=t["asm"]["Relu"]).apply(null,arguments)};t["_Relu6"]=function(){return(t["_Relu6"]=t["asm"]["Relu6"]).apply(null,arguments)};t["_ResizeBilinear"]=function(){return(t["_ResizeBilinear"]=t["asm"]["ResizeBilinear"]).apply(null,arguments)};t["_ResizeBilinearGrad"]=function(){return(t["_ResizeBilinearGrad"]=t["asm"]["ResizeBilinearGrad"]).apply(null,arguments)};t["_ResizeNearestNeighbor"]=function(){return(t["_ResizeNearestNeighbor"]=t["asm"]["ResizeNearestNeighbor"]).apply(null,arguments)};t["_ResizeNearestNeighborGrad"]=function(){return(t["_ResizeNearestNeighborGrad"]=t["asm"]["ResizeNearestNeighborGrad"]).apply(null,arguments)};t["_Reverse"]=function(){return(t["_Reverse"]=t["asm"]["Reverse"]).apply(null,arguments)};t["_RotateWithOffset"]=function(){return(t["_RotateWithOffset"]=t["asm"]["RotateWithOffset"]).apply(null,arguments)};t["_Round"]=function(){return(t["_Round"]=t["asm"]["Round"]).apply(null,arguments)};t["_Rsqrt"]=function(){return(t["_Rsqrt"]=t["asm"]["Rsqrt"]).apply(null,arguments)};t["_ScatterNd"]=function(){return(t["_ScatterNd"]=t["asm"]["ScatterNd"]).apply(null,arguments)};t["_SearchSorted"]=function(){return(t["_SearchSorted"]=t["asm"]["SearchSorted"]).apply(null,arguments)};t["_SelectV2"]=function(){return(t["_SelectV2"]=t["asm"]["SelectV2"]).apply(null,arguments)};t["_Selu"]=function(){return(t["_Selu"]=t["asm"]["Selu"]).apply(null,arguments)};t["_Sigmoid"]=function(){return(t["_Sigmoid"]=t["asm"]["Sigmoid"]).apply(null,arguments)};t["_Sign"]=function(){return(t["_Sign"]=t["asm"]["Sign"]).apply(null,arguments)};t["_Sin"]=function(){return(t["_Sin"]=t["asm"]["Sin"]).apply(null,arguments)};t["_Sinh"]=function(){return(t["_Sinh"]=t["asm"]["Sinh"]).apply(null,arguments)};t["_Softmax"]=function(){return(t["_Softmax"]=t["asm"]["Softmax"]).apply(null,arguments)};t["_Softplus"]=function(){return(t["_Softplus"]=t["asm"]["Softplus"]).apply(null,arguments)};t["_SparseFillEmptyRows"]=function(){return(t["_SparseFillEmptyRows"]=t["asm"]["SparseFillEmptyRows"]).apply(null,arguments)};t["_SparseReshape"]=function(){return(t["_SparseReshape"]=t["asm"]["SparseReshape"]).apply(null,arguments)};t["_SparseSegmentReduction"]=function(){return(t["_SparseSegmentReduction"]=t["asm"]["SparseSegmentReduction"]).apply(null,arguments)};t["_SparseToDense"]=function(){return(t["_SparseToDense"]=t["asm"]["SparseToDense"]).apply(null,arguments)};t["_Sqrt"]=function(){return(t["_Sqrt"]=t["asm"]["Sqrt"]).apply(null,arguments)};t["_Square"]=function(){return(t["_Square"]=t["asm"]["Square"]).apply(null,arguments)};t["_SquaredDifference"]=function(){return(t["_SquaredDifference"]=t["asm"]["SquaredDifference"]).apply(null,arguments)};t["_Step"]=function(){return(t["_Step"]=t["asm"]["Step"]).apply(null,arguments)};t["_StridedSlice"]=function(){return(t["_StridedSlice"]=t["asm"]["StridedSlice"]).apply(null,arguments)};t["_Sub"]=function(){return(t["_Sub"]=t["asm"]["Sub"]).apply(null,arguments)};t["_Sum"]=function(){return(t["_Sum"]=t["asm"]["Sum"]).apply(null,arguments)};t["_Tan"]=function(){return(t["_Tan"]=t["asm"]["Tan"]).apply(null,arguments)};t["_Tanh"]=function(){return(t["_Tanh"]=t["asm"]["Tanh"]).apply(null,arguments)};t["_TensorScatterUpdate"]=function(){return(t["_TensorScatterUpdate"]=t["asm"]["TensorScatterUpdate"]).apply(null,arguments)};t["_Tile"]=function(){return(t["_Tile"]=t["asm"]["Tile"]).apply(null,arguments)};t["_TopK"]=function(){return(t["_TopK"]=t["asm"]["TopK"]).apply(null,arguments)};t["_Transform"]=function(){return(t["_Transform"]=t["asm"]["Transform"]).apply(null,arguments)};t["_Transpose"]=function(){return(t["_Transpose"]=t["asm"]["Transpose"]).apply(null,arguments)};t["__FusedMatMul"]=function(){return(t["__FusedMatMul"]=t["asm"]["_FusedMatMul"]).apply(null,arguments)};t["_malloc"]=function(){return(t["_malloc"]=t["asm"]["malloc"]).apply(null,arguments)};t["_free"]=function(){return(t["_free"]=t["asm"]["free"]).apply(null,arguments)};t["___errno_location"]=function(){return(t["___errno_location"]=t["asm"]["__errno_location"]).apply(null,arguments)};var B=t["stackSave"]=function(){return(B=t["stackSave"]=t["asm"]["stackSave"]).apply(null,arguments)};var U=t["stackRestore"]=function(){return(U=t["stackRestore"]=t["asm"]["stackRestore"]).apply(null,arguments)};var z=t["stackAlloc"]=function(){return(z=t["stackAlloc"]=t["asm"]["stackAlloc"]).apply(null,arguments)};t["dynCall_iijjiiii"]=function(){return(t["dynCall_iijjiiii"]=t["asm"]["dynCall_iijjiiii"]).apply(null,arguments)};t["dynCall_jiji"]=function(){return(t["dynCall_jiji"]=t["asm"]["dynCall_jiji"]).apply(null,arguments)};t["cwrap"]=cwrap;var H;P=function runCaller(){if(!H)run();if(!H)P=runCaller};function run(e){if(C>0){return}preRun();if(C>0){return}function doRun(){if(H)return;H=true;t["calledRun"]=true;if(w)return;initRuntime();n(t);if(t["onRuntimeInitialized"])t["onRuntimeInitialized"]();postRun()}if(t["setStatus"]){t["setStatus"]("Running...");setTimeout(function(){setTimeout(function(){t["setStatus"]("")},1);doRun()},1)}else{doRun()}}if(t["preInit"]){if(typeof t["preInit"]=="function")t["preInit"]=[t["preInit"]];while(t["preInit"].length>0){t["preInit"].pop()()}}run();var G;if(o){G={uncaughtException:process.listeners("uncaughtException").filter(function(e){return!o.uncaughtException.indexOf(e)>-1}),unhandledRejection:process.listeners("unhandledRejection").filter(function(e){return!o.unhandledRejection.indexOf(e)>-1})}}var L;if(typeof r!=="undefined"){L=r}else if(typeof WasmBackendModuleThreadedSimd!=="undefined"){L=WasmBackendModuleThreadedSimd}else{throw new Error("Could not find wasm module in post.js")}if(G){var $=L["_dispose"];L["_dispose"]=function(){$();G.uncaughtException.forEach(function(e){process.removeListener("uncaughtException",e)});G.unhandledRejection.forEach(function(e){process.removeListener("unhandledRejection",e)})}}return r.ready}}();e.exports=t})(en);var an=en.exports;var rn=getDefaultExportFromCjs(an);var tn=_mergeNamespaces({__proto__:null,default:rn},[an]);var nn=Jt||Zt;var un=rn||tn;var sn=function(e){__extends(BackendWasm,e);function BackendWasm(a){var r=e.call(this)||this;r.wasm=a;r.dataIdNextNumber=1;r.wasm.tfjs.initWithThreadsCount(fn);vn=r.wasm.tfjs.getThreadsCount();r.dataIdMap=new n.DataStorage(r,n.engine());return r}BackendWasm.prototype.write=function(e,a,r){var t={id:this.dataIdNextNumber++};this.move(t,e,a,r,1);return t};BackendWasm.prototype.numDataIds=function(){return this.dataIdMap.numDataIds()};BackendWasm.prototype.time=function(e){return __awaiter(this,void 0,void 0,function(){var a,r;return __generator(this,function(t){a=n.util.now();e();r=n.util.now()-a;return[2,{kernelMs:r}]})})};BackendWasm.prototype.move=function(e,a,r,t,u){var i=this.dataIdNextNumber++;if(t==="string"){var s=a;this.dataIdMap.set(e,{id:i,stringBytes:s,shape:r,dtype:t,memoryOffset:null,refCount:u});return}var o=n.util.sizeFromShape(r);var d=o*n.util.bytesPerElement(t);var p=this.wasm._malloc(d)>>>0;this.dataIdMap.set(e,{id:i,memoryOffset:p,shape:r,dtype:t,refCount:u});this.wasm.tfjs.registerTensor(i,o,p);if(a!=null){this.wasm.HEAPU8.set(new Uint8Array(a.buffer,a.byteOffset,d),p)}};BackendWasm.prototype.read=function(e){return __awaiter(this,void 0,void 0,function(){return __generator(this,function(a){return[2,this.readSync(e)]})})};BackendWasm.prototype.readSync=function(e,a,r){var t=this.dataIdMap.get(e),u=t.memoryOffset,i=t.dtype,s=t.shape,o=t.stringBytes;if(i==="string"){if((a==null||a===0)&&(r==null||r>=o.length)){return o}return o.slice(a,r)}a=a||0;r=r||n.util.sizeFromShape(s);var d=n.util.bytesPerElement(i);var p=this.wasm.HEAPU8.slice(u+a*d,u+r*d);return typedArrayFromBuffer(p.buffer,i)};BackendWasm.prototype.disposeData=function(e,a){if(a===void 0){a=false}if(this.dataIdMap.has(e)){var r=this.dataIdMap.get(e);r.refCount--;if(!a&&r.refCount>0){return false}this.wasm._free(r.memoryOffset);this.wasm.tfjs.disposeData(r.id);this.dataIdMap.delete(e)}return true};BackendWasm.prototype.refCount=function(e){if(this.dataIdMap.has(e)){var a=this.dataIdMap.get(e);return a.refCount}return 0};BackendWasm.prototype.incRef=function(e){var a=this.dataIdMap.get(e);if(a!=null){a.refCount++}};BackendWasm.prototype.floatPrecision=function(){return 32};BackendWasm.prototype.getMemoryOffset=function(e){return this.dataIdMap.get(e).memoryOffset};BackendWasm.prototype.dispose=function(){this.wasm.tfjs.dispose();if("PThread"in this.wasm){this.wasm.PThread.terminateAllThreads()}this.wasm=null};BackendWasm.prototype.memory=function(){return{unreliable:false}};BackendWasm.prototype.makeOutput=function(e,a,r,t){var u;if(r==null){u=this.write(t!==null&&t!==void 0?t:null,e,a)}else{var i=this.dataIdNextNumber++;u={id:i};this.dataIdMap.set(u,{id:i,memoryOffset:r,shape:e,dtype:a,refCount:1});var s=n.util.sizeFromShape(e);this.wasm.tfjs.registerTensor(i,s,r)}return{dataId:u,shape:e,dtype:a}};BackendWasm.prototype.typedArrayFromHeap=function(e){var a=e.shape,r=e.dtype,t=e.dataId;var u=this.wasm.HEAPU8.buffer;var i=this.dataIdMap.get(t).memoryOffset;var s=n.util.sizeFromShape(a);switch(r){case"float32":return new Float32Array(u,i,s);case"int32":return new Int32Array(u,i,s);case"bool":return new Uint8Array(u,i,s);default:throw new Error("Unknown dtype ".concat(r))}};return BackendWasm}(n.KernelBackend);function createInstantiateWasmFunc(e){return function(a,r){n.util.fetch(e,{credentials:"same-origin"}).then(function(t){if(!t["ok"]){a.env.a("failed to load wasm binary file at '".concat(e,"'"))}t.arrayBuffer().then(function(e){WebAssembly.instantiate(e,a).then(function(e){r(e.instance,e.module)})})});return{}}}function getPathToWasmBinary(e,a,r){if(dn!=null){return dn}var t="tfjs-backend-wasm.wasm";if(e&&a){t="tfjs-backend-wasm-threaded-simd.wasm"}else if(e){t="tfjs-backend-wasm-simd.wasm"}if(ln!=null){if(ln[t]!=null){return ln[t]}}return r+t}function init(){return __awaiter(this,void 0,void 0,function(){var e,a,r;return __generator(this,function(t){switch(t.label){case 0:return[4,Promise.all([n.env().getAsync("WASM_HAS_SIMD_SUPPORT"),n.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT")])];case 1:e=__read.apply(void 0,[t.sent(),2]),a=e[0],r=e[1];return[2,new Promise(function(e,t){var n={};n.locateFile=function(e,t){if(e.endsWith(".worker.js")){var n=Yt.replace(/\n/g,"\\n");var u=new Blob([n],{type:"application/javascript"});return URL.createObjectURL(u)}if(e.endsWith(".wasm")){return getPathToWasmBinary(a,r,pn!=null?pn:t)}return t+e};if(mn){n.instantiateWasm=createInstantiateWasmFunc(getPathToWasmBinary(a,r,pn!=null?pn:""))}var u=false;n.onAbort=function(){if(u){return}if(cn){return}cn=true;var e="Make sure the server can serve the `.wasm` file relative to the "+"bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers";t({message:e})};var i;if(r&&a&&dn==null){n.mainScriptUrlOrBlob=new Blob(["var WasmBackendModuleThreadedSimd = "+nn.toString()],{type:"text/javascript"});i=nn(n)}else{i=un(n)}i.then(function(a){u=true;cn=false;var r=null;a.tfjs={init:a.cwrap("init",null,[]),initWithThreadsCount:a.cwrap("init_with_threads_count",null,["number"]),getThreadsCount:a.cwrap("get_threads_count","number",[]),registerTensor:a.cwrap("register_tensor",null,["number","number","number"]),disposeData:a.cwrap("dispose_data",r,["number"]),dispose:a.cwrap("dispose",r,[])};e({wasm:a})}).catch(t)})]}})})}function typedArrayFromBuffer(e,a){switch(a){case"float32":return new Float32Array(e);case"int32":return new Int32Array(e);case"bool":return new Uint8Array(e);default:throw new Error("Unknown dtype ".concat(a))}}var on=["tfjs-backend-wasm.wasm","tfjs-backend-wasm-simd.wasm","tfjs-backend-wasm-threaded-simd.wasm"];var dn=null;var pn=null;var ln={};var cn=false;var mn=false;function setWasmPath(e,a){if(a===void 0){a=false}n.deprecationWarn("setWasmPath has been deprecated in favor of setWasmPaths and"+" will be removed in a future release.");if(cn){throw new Error("The WASM backend was already initialized. Make sure you call "+"`setWasmPath()` before you call `tf.setBackend()` or `tf.ready()`")}dn=e;mn=a}function setWasmPaths(e,a){if(a===void 0){a=false}if(cn){throw new Error("The WASM backend was already initialized. Make sure you call "+"`setWasmPaths()` before you call `tf.setBackend()` or "+"`tf.ready()`")}if(typeof e==="string"){pn=e}else{ln=e;var r=on.filter(function(e){return ln[e]==null});if(r.length>0){throw new Error("There were no entries found for the following binaries: "+"".concat(r.join(","),". Please either call setWasmPaths with a ")+"map providing a path for each binary, or with a string indicating "+"the directory where all the binaries can be found.")}}mn=a}var fn=-1;var vn=-1;function setThreadsCount(e){fn=e}function getThreadsCount(){if(vn===-1){throw new Error("WASM backend not initialized.")}return vn}
/** @license See the LICENSE file. */var hn="4.22.0";var bn=2;n.registerBackend("wasm",function(){return __awaiter(void 0,void 0,void 0,function(){var e;return __generator(this,function(a){switch(a.label){case 0:return[4,init()];case 1:e=a.sent().wasm;return[2,new sn(e)]}})})},bn);r.BackendWasm=sn;r.getThreadsCount=getThreadsCount;r.setThreadsCount=setThreadsCount;r.setWasmPath=setWasmPath;r.setWasmPaths=setWasmPaths;r.version_wasm=hn}};